namespace LiveFair.Contracts.Fairs;

/// <summary>The fair report: live while the room runs, frozen (<see cref="Final"/>) after it ended.</summary>
[GenerateSerializer]
[Alias("LiveFair.FairReport")]
public sealed record FairReport
{
    [Id(0)] public required string RoomId { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required bool Final { get; init; }
    [Id(3)] public required DateTimeOffset GeneratedAt { get; init; }
    [Id(4)] public int CurrentViewers { get; init; }
    [Id(5)] public int PeakViewers { get; init; }

    /// <summary>Every time someone opened the room (人次), counted by the Web nodes.</summary>
    [Id(6)] public long TotalViews { get; init; }

    /// <summary>Employers with a booth.</summary>
    [Id(7)] public int Employers { get; init; }
    [Id(8)] public required BoothStats Totals { get; init; }
    [Id(9)] public IReadOnlyList<BoothReportLine> Booths { get; init; } = [];
}

[GenerateSerializer]
[Alias("LiveFair.BoothReportLine")]
public sealed record BoothReportLine
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required string EmployerName { get; init; }
    [Id(2)] public required BoothStats Stats { get; init; }
}
