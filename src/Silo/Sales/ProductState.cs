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

    /// <summary>A copy that shares no collection with this one (reservations are immutable records).</summary>
    public ProductState Copy()
    {
        var copy = (ProductState)MemberwiseClone();
        copy.Reservations = new Dictionary<string, Reservation>(Reservations, StringComparer.Ordinal);
        copy.Photos = [.. Photos];
        return copy;
    }
}
