namespace LiveFair.Contracts.Sales;

/// <summary>What an order grain tells the room when the order is confirmed; never a name or an address beyond the city.</summary>
[GenerateSerializer]
[Alias("LiveFair.SaleAnnouncement")]
public sealed record SaleAnnouncement
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public required string ProductId { get; init; }
    [Id(2)] public required string ProductTitle { get; init; }
    [Id(3)] public required int Quantity { get; init; }

    /// <summary>The shipping city: "a buyer in {City}".</summary>
    [Id(4)] public required string City { get; init; }

    /// <summary>Only when the buyer opted in.</summary>
    [Id(5)] public string? Nickname { get; init; }

    [Id(6)] public required long TotalFen { get; init; }
    [Id(7)] public required long CharityFen { get; init; }
    [Id(8)] public required long MakersFen { get; init; }
}

/// <summary>One line of the live ticker as viewers receive it; the order id stays inside LiveFair.</summary>
[GenerateSerializer]
[Alias("LiveFair.SaleTick")]
public sealed record SaleTick
{
    [Id(0)] public required string ProductId { get; init; }
    [Id(1)] public required string ProductTitle { get; init; }
    [Id(2)] public required int Quantity { get; init; }
    [Id(3)] public required string City { get; init; }
    [Id(4)] public string? Nickname { get; init; }
    [Id(5)] public required DateTimeOffset At { get; init; }
}

/// <summary>A room's running sale totals, in fen.</summary>
[GenerateSerializer]
[Alias("LiveFair.SaleTotals")]
public sealed record SaleTotals
{
    [Id(0)] public int Orders { get; init; }
    [Id(1)] public int ItemsSold { get; init; }
    [Id(2)] public long RaisedForCharityFen { get; init; }
    [Id(3)] public long EarnedByMakersFen { get; init; }
    [Id(4)] public long TotalFen { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.ProductStock")]
public sealed record ProductStock(
    [property: Id(0)] string ProductId,
    [property: Id(1)] StockLevel Stock);
