namespace LiveFair.Contracts.Sales;

/// <summary>A product's stock at one moment: <c>Available + Reserved + Sold == Total</c> always.</summary>
[GenerateSerializer]
[Alias("LiveFair.StockLevel")]
public sealed record StockLevel
{
    [Id(0)] public required int Total { get; init; }
    [Id(1)] public required int Available { get; init; }
    [Id(2)] public required int Reserved { get; init; }
    [Id(3)] public required int Sold { get; init; }

    public static StockLevel Empty { get; } = new() { Total = 0, Available = 0, Reserved = 0, Sold = 0 };
}
