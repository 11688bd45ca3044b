namespace LiveFair.Contracts.Sales;

/// <summary>
/// Items held for one order. The price and split are those of the moment of reserving, so a later change
/// to the product never changes what a buyer was shown or what the ledger records for this order.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.Reservation")]
public sealed record Reservation
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public required string ProductId { get; init; }
    [Id(2)] public required string BuyerId { get; init; }
    [Id(3)] public required int Quantity { get; init; }
    [Id(4)] public required long PriceFen { get; init; }
    [Id(5)] public required SaleSplit Split { get; init; }
    [Id(6)] public required IReadOnlyList<string> MakerIds { get; init; }
    [Id(7)] public required DateTimeOffset ReservedAt { get; init; }
    [Id(8)] public required DateTimeOffset ExpiresAt { get; init; }
    [Id(9)] public required ReservationStatus Status { get; init; }

    /// <summary>When the reservation was confirmed, released or expired.</summary>
    [Id(10)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The product's workshop and title, so an order needs nothing else from the product to be placed.</summary>
    [Id(11)] public string WorkshopId { get; init; } = "";

    [Id(12)] public string ProductTitle { get; init; } = "";

    public long TotalFen => PriceFen * Quantity;
}

[GenerateSerializer]
[Alias("LiveFair.ReservationStatus")]
public enum ReservationStatus
{
    Reserved = 0,
    Sold = 1,
    Released = 2,
    Expired = 3,

    /// <summary>Sold, then the order was cancelled or refunded before shipping: the items went back to stock.</summary>
    Returned = 4,
}
