using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;

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
}

[GenerateSerializer]
[Alias("LiveFair.RoomPinKind")]
public enum RoomPinKind
{
    Job = 0,
    Booth = 1,
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
