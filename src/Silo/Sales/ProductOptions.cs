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

    /// <summary>
    /// How long stock changes are gathered before the pinned card and the catalog are told: during a flash sale
    /// hundreds of reservations a second become a few updates a second, each with the newest counts.
    /// </summary>
    public TimeSpan StockPushDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public string? Problem() =>
        ReservationTime <= TimeSpan.Zero ? "Products:ReservationTime must be positive."
        : SweepInterval <= TimeSpan.Zero ? "Products:SweepInterval must be positive."
        : StockPushDelay <= TimeSpan.Zero || StockPushDelay > TimeSpan.FromSeconds(10) ? "Products:StockPushDelay must be above zero and at most 10 seconds."
        : ClosedReservationsKept < 0 ? "Products:ClosedReservationsKept must not be negative."
        : null;
}
