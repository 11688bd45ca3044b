namespace LiveFair.Contracts.Sales;

[GenerateSerializer]
[Alias("LiveFair.ProductView")]
public sealed record ProductView
{
    [Id(0)] public required string ProductId { get; init; }
    [Id(1)] public required string WorkshopId { get; init; }
    [Id(2)] public required ProductListing Listing { get; init; }
    [Id(3)] public required SaleTerms Terms { get; init; }
    [Id(4)] public required StockLevel Stock { get; init; }
    [Id(5)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Rises with every persisted change, reservations included.</summary>
    [Id(6)] public long Version { get; init; }

    /// <summary>In the order the workshop chose; the first is the cover shown on cards.</summary>
    [Id(7)] public IReadOnlyList<ProductPhoto> Photos { get; init; } = [];

    /// <summary>The room the product is pinned in now, if any; stock changes are pushed there.</summary>
    [Id(8)] public string? PinnedRoomId { get; init; }
}
