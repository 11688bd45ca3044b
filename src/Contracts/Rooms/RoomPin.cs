using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;
using LiveFair.Contracts.Sales;

namespace LiveFair.Contracts.Rooms;

/// <summary>
/// What the host pinned to the stream, copied when pinned so every viewer gets the whole card in the event
/// and in the snapshot. Exactly one of the cards is set, matching <see cref="Kind"/>.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.RoomPin")]
public sealed record RoomPin
{
    [Id(0)] public required RoomPinKind Kind { get; init; }
    [Id(1)] public required DateTimeOffset PinnedAt { get; init; }
    [Id(2)] public PinnedJob? Job { get; init; }
    [Id(3)] public PinnedBooth? Booth { get; init; }
    [Id(4)] public PinnedProduct? Product { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.RoomPinKind")]
public enum RoomPinKind
{
    Job = 0,
    Booth = 1,
    Product = 2,
}

/// <summary>A workshop product pinned in a charity sale; <see cref="Stock"/> is kept current by <c>StockChanged</c> events.</summary>
[GenerateSerializer]
[Alias("LiveFair.PinnedProduct")]
public sealed record PinnedProduct
{
    [Id(0)] public required string ProductId { get; init; }
    [Id(1)] public required string WorkshopId { get; init; }
    [Id(2)] public required string WorkshopName { get; init; }
    [Id(3)] public required string Title { get; init; }
    [Id(4)] public required long PriceFen { get; init; }
    [Id(5)] public required SaleSplit Split { get; init; }
    [Id(6)] public required SaleTerms Terms { get; init; }
    [Id(7)] public required StockLevel Stock { get; init; }

    /// <summary>The cover photo, if any.</summary>
    [Id(8)] public ProductPhoto? Photo { get; init; }

    /// <summary>Names of the makers who agreed to be shown; the others are counted in <see cref="AnonymousMakers"/>.</summary>
    [Id(9)] public IReadOnlyList<string> MakerNames { get; init; } = [];

    [Id(10)] public int AnonymousMakers { get; init; }
    [Id(11)] public string Category { get; init; } = "";
}

[GenerateSerializer]
[Alias("LiveFair.PinnedBooth")]
public sealed record PinnedBooth
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required string EmployerId { get; init; }
    [Id(2)] public required string EmployerName { get; init; }
    [Id(3)] public bool EmployerVerified { get; init; }
    [Id(4)] public int JobCount { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.PinnedJob")]
public sealed record PinnedJob
{
    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public required PinnedBooth Booth { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string City { get; init; }
    [Id(4)] public WorkMode WorkMode { get; init; }
    [Id(5)] public int? SalaryMin { get; init; }
    [Id(6)] public int? SalaryMax { get; init; }
    [Id(7)] public int Headcount { get; init; }
    [Id(8)] public IReadOnlyList<JobBenefit> Benefits { get; init; } = [];
    [Id(9)] public IReadOnlyList<JobAccommodation> Accommodations { get; init; } = [];
    [Id(10)] public IReadOnlyList<DisabilityCategory> SuitableCategories { get; init; } = [];
}
