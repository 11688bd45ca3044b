namespace LiveFair.Contracts.Sales;

/// <summary>
/// What a workshop writes about a product. Money is in fen (integer cents of a yuan) so that splits add up
/// exactly. Text is plain text: markup is kept as typed and always shown escaped. Limits are in
/// <see cref="ProductLimits"/>.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.ProductListing")]
public sealed record ProductListing
{
    [Id(0)] public required string Title { get; init; }
    [Id(1)] public string Description { get; init; } = "";

    /// <summary>Price of one item in fen; above zero.</summary>
    [Id(2)] public long PriceFen { get; init; }

    /// <summary>Items ever offered; what is available is this less what is reserved and sold.</summary>
    [Id(3)] public int Stock { get; init; }

    /// <summary>The workshop's makers who made it (ids of maker records, kept by the workshop).</summary>
    [Id(4)] public IReadOnlyList<string> MakerIds { get; init; } = [];

    [Id(5)] public string Category { get; init; } = "";
    [Id(6)] public string ShippingNote { get; init; } = "";
    [Id(7)] public required SaleSplit Split { get; init; }
}

/// <summary>How a product is sold right now: an optional per-buyer limit and an optional flash-sale window.</summary>
[GenerateSerializer]
[Alias("LiveFair.SaleTerms")]
public sealed record SaleTerms
{
    /// <summary>Most items one buyer may hold (reserved plus bought); null means no limit.</summary>
    [Id(0)] public int? PerBuyerLimit { get; init; }

    /// <summary>Reservations are refused before this instant; null means the sale is open now.</summary>
    [Id(1)] public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Reservations are refused from this instant on; null means the sale does not end.</summary>
    [Id(2)] public DateTimeOffset? EndsAt { get; init; }
}

public static class ProductLimits
{
    public const int Title = 80;
    public const int Description = 4000;
    public const int Category = 40;
    public const int ShippingNote = 500;
    public const int CharityName = 100;
    public const int MakerId = 64;
    public const int MaxMakers = 10;
    public const int OrderId = 64;

    /// <summary>1,000,000 yuan: a guard against typing fen where yuan were meant, and against overflow.</summary>
    public const long MaxPriceFen = 100_000_000;

    public const int MaxStock = 1_000_000;

    /// <summary>Items in one reservation.</summary>
    public const int MaxQuantity = 99;
}
