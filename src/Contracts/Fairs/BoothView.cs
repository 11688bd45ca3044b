namespace LiveFair.Contracts.Fairs;

/// <summary>A booth as anyone may see it: no names and no person ids.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothView")]
public sealed record BoothView
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required string RoomId { get; init; }
    [Id(2)] public required string EmployerId { get; init; }
    [Id(3)] public required string EmployerName { get; init; }
    [Id(4)] public required BoothStatus Status { get; init; }
    [Id(5)] public IReadOnlyList<string> JobIds { get; init; } = [];
    [Id(6)] public int RecruiterCount { get; init; }
    [Id(7)] public int Waiting { get; init; }
    [Id(8)] public required BoothSettings Settings { get; init; }

    /// <summary>What someone joining now would wait, from the booth's recent interview lengths.</summary>
    [Id(9)] public TimeSpan EstimatedWait { get; init; }

    public bool IsFull => Waiting >= Settings.Capacity;

    public bool TakesApplicants => Status == BoothStatus.Open && !IsFull;
}
