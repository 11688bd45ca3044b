namespace LiveFair.Contracts.Orders;

/// <summary>What a buyer submits at checkout. Plain text; limits in <see cref="OrderLimits"/>.</summary>
[GenerateSerializer]
[Alias("LiveFair.OrderRequest")]
public sealed record OrderRequest
{
    [Id(0)] public required string ProductId { get; init; }
    [Id(1)] public required int Quantity { get; init; }
    [Id(2)] public required ShippingAddress Shipping { get; init; }

    /// <summary>The live charity-sale room the buyer bought in, whose ticker announces the order; null from the product page.</summary>
    [Id(3)] public string? RoomId { get; init; }

    /// <summary>Shown on the ticker only when the buyer chose to; otherwise the ticker says "a buyer in {city}".</summary>
    [Id(4)] public string? TickerNickname { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.ShippingAddress")]
public sealed record ShippingAddress
{
    [Id(0)] public required string RecipientName { get; init; }
    [Id(1)] public required string Phone { get; init; }
    [Id(2)] public required string Province { get; init; }

    /// <summary>Also what the ticker names: "a buyer in {City}".</summary>
    [Id(3)] public required string City { get; init; }

    [Id(4)] public required string AddressLine { get; init; }
    [Id(5)] public string PostalCode { get; init; } = "";
}

[GenerateSerializer]
[Alias("LiveFair.ShipmentInput")]
public sealed record ShipmentInput
{
    [Id(0)] public required string Carrier { get; init; }
    [Id(1)] public required string TrackingNumber { get; init; }
}

/// <summary>The Stripe Checkout Session of a card order.</summary>
[GenerateSerializer]
[Alias("LiveFair.CheckoutSession")]
public sealed record CheckoutSession
{
    [Id(0)] public required string SessionId { get; init; }
    [Id(1)] public required string Url { get; init; }
    [Id(2)] public DateTimeOffset? ExpiresAt { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.PaymentMethod")]
public enum PaymentMethod
{
    /// <summary>货到付款: confirmed at once, paid to the courier.</summary>
    PayOnDelivery = 0,

    /// <summary>Stripe Checkout (card, Alipay, WeChat Pay).</summary>
    Stripe = 1,
}

public static class OrderLimits
{
    public const int RecipientName = 40;
    public const int Phone = 20;
    public const int Province = 20;
    public const int City = 30;
    public const int AddressLine = 200;
    public const int PostalCode = 10;
    public const int Nickname = 20;
    public const int Carrier = 40;
    public const int TrackingNumber = 40;
    public const int Reason = 200;
}
