namespace LiveFair.Silo.Sales;

/// <summary>Bound from the <c>Products</c> configuration section.</summary>
public sealed class ProductOptions
{
    public const string SectionName = "Products";

    /// <summary>How long checkout holds the items before they return to stock.</summary>
    public TimeSpan ReservationTime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a product with open reservations returns the expired ones to stock.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Released and expired reservations kept (newest first) so that a repeated reserve of the same order
    /// is still recognised; sold ones are always kept, and there are never more of them than the stock.
    /// </summary>
    public int ClosedReservationsKept { get; set; } = 1000;

    public string? Problem() =>
        ReservationTime <= TimeSpan.Zero ? "Products:ReservationTime must be positive."
        : SweepInterval <= TimeSpan.Zero ? "Products:SweepInterval must be positive."
        : ClosedReservationsKept < 0 ? "Products:ClosedReservationsKept must not be negative."
        : null;
}
