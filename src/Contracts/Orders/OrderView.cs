using LiveFair.Contracts.Sales;

namespace LiveFair.Contracts.Orders;

[GenerateSerializer]
[Alias("LiveFair.OrderStatus")]
public enum OrderStatus
{
    /// <summary>Items reserved; waiting for the card payment.</summary>
    PendingPayment = 0,

    /// <summary>Paid by card, or confirmed to be paid on delivery: the workshop packs it.</summary>
    Paid = 1,

    Packed = 2,
    Shipped = 3,
    Delivered = 4,
    Cancelled = 5,
    Refunded = 6,

    /// <summary>The checkout was never paid; the items went back to stock.</summary>
    Expired = 7,
}

/// <summary>An order as its buyer and workshop see it. Amounts in fen; price and split as of placing.</summary>
[GenerateSerializer]
[Alias("LiveFair.OrderView")]
public sealed record OrderView
{
    [Id(0)] public required string OrderId { get; init; }

    /// <summary>Null once the buyer deleted their account.</summary>
    [Id(1)] public string? BuyerId { get; init; }

    [Id(2)] public required string ProductId { get; init; }
    [Id(3)] public required string WorkshopId { get; init; }
    [Id(4)] public string? RoomId { get; init; }
    [Id(5)] public required string ProductTitle { get; init; }
    [Id(6)] public required int Quantity { get; init; }
    [Id(7)] public required long PriceFen { get; init; }
    [Id(8)] public required SaleSplit Split { get; init; }
    [Id(9)] public IReadOnlyList<string> MakerIds { get; init; } = [];

    /// <summary>Null once the buyer deleted their account.</summary>
    [Id(10)] public ShippingAddress? Shipping { get; init; }

    [Id(11)] public string? TickerNickname { get; init; }
    [Id(12)] public required PaymentMethod PaymentMethod { get; init; }
    [Id(13)] public required OrderStatus Status { get; init; }
    [Id(14)] public required DateTimeOffset PlacedAt { get; init; }

    /// <summary>Until when the items are held for a pending payment.</summary>
    [Id(15)] public DateTimeOffset ReservedUntil { get; init; }

    [Id(16)] public DateTimeOffset? PaidAt { get; init; }
    [Id(17)] public ShipmentInput? Shipment { get; init; }
    [Id(18)] public CheckoutSession? Checkout { get; init; }
    [Id(19)] public string? PaymentReference { get; init; }

    /// <summary>A card payment must be given back (sold out when paid late, or cancelled/refunded after paying); cleared by MarkRefunded.</summary>
    [Id(20)] public bool RefundDue { get; init; }

    [Id(21)] public string? RefundReference { get; init; }
    [Id(22)] public IReadOnlyList<OrderStatusChange> History { get; init; } = [];
    [Id(23)] public long Version { get; init; }
    [Id(24)] public bool BuyerErased { get; init; }

    public long TotalFen => PriceFen * Quantity;
}

[GenerateSerializer]
[Alias("LiveFair.OrderStatusChange")]
public sealed record OrderStatusChange(
    [property: Id(0)] OrderStatus Status,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Note = null);
