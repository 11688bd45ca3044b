using LiveFair.Contracts.Sales;

namespace LiveFair.Silo.Sales;

/// <summary>
/// What a product grain persists. Reservations are here, not only in memory, so that a restart loses none
/// and those that expired while the silo was down go back to stock on activation.
/// </summary>
public sealed class ProductState
{
    /// <summary>Set by Create; the product exists exactly while this is set.</summary>
    public string? WorkshopId { get; set; }

    public ProductListing? Listing { get; set; }
    public SaleTerms Terms { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>By order id: every open and sold reservation, and the newest released or expired ones.</summary>
    public Dictionary<string, Reservation> Reservations { get; set; } = new(StringComparer.Ordinal);

    public long Version { get; set; }

    public List<ProductPhoto> Photos { get; set; } = [];

    /// <summary>The room whose pinned card shows this product; stock changes are pushed there.</summary>
    public string? PinnedRoomId { get; set; }

    /// <summary>The stock this state holds: <c>Available + Reserved + Sold == Total</c>.</summary>
    public StockLevel Count()
    {
        var total = Listing?.Stock ?? 0;
        int reserved = 0, sold = 0;
        foreach (var reservation in Reservations.Values)
        {
            switch (reservation.Status)
            {
                case ReservationStatus.Reserved:
                    reserved += reservation.Quantity;
                    break;
                case ReservationStatus.Sold:
                    sold += reservation.Quantity;
                    break;
            }
        }

        return new StockLevel { Total = total, Available = total - reserved - sold, Reserved = reserved, Sold = sold };
    }

    /// <summary>A copy that shares no collection with this one (reservations are immutable records).</summary>
    public ProductState Copy()
    {
        var copy = (ProductState)MemberwiseClone();
        copy.Reservations = new Dictionary<string, Reservation>(Reservations, StringComparer.Ordinal);
        copy.Photos = [.. Photos];
        return copy;
    }
}
