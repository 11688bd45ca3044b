namespace LiveFair.Contracts.Fairs;

/// <summary>What a recruiter sees at their booth.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothConsole")]
public sealed record BoothConsole
{
    [Id(0)] public required BoothView Booth { get; init; }

    /// <summary>The line, first first: job and waiting time, no names (a recruiter meets people in turn).</summary>
    [Id(1)] public IReadOnlyList<WaitingEntry> Queue { get; init; } = [];

    /// <summary>Calls not yet answered and interviews in progress, across the booth's recruiters.</summary>
    [Id(2)] public IReadOnlyList<ConsoleApplication> Open { get; init; } = [];

    /// <summary>The newest finished applications (interviewed, no-show, left after a call), newest first.</summary>
    [Id(3)] public IReadOnlyList<ConsoleApplication> Recent { get; init; } = [];
    [Id(4)] public required BoothStats Stats { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.WaitingEntry")]
public sealed record WaitingEntry
{
    [Id(0)] public required int Position { get; init; }
    [Id(1)] public required string JobTitle { get; init; }
    [Id(2)] public required DateTimeOffset JoinedAt { get; init; }
    [Id(3)] public bool Connected { get; init; } = true;
}

[GenerateSerializer]
[Alias("LiveFair.ConsoleApplication")]
public sealed record ConsoleApplication
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string ApplicantName { get; init; }
    [Id(2)] public required string JobTitle { get; init; }
    [Id(3)] public required ApplicationStatus Status { get; init; }
    [Id(4)] public string? RecruiterName { get; init; }

    /// <summary>True when the calling or interviewing recruiter is the one asking.</summary>
    [Id(5)] public bool Mine { get; init; }
    [Id(6)] public DateTimeOffset? AnswerBy { get; init; }
    [Id(7)] public ApplicationOutcome? Outcome { get; init; }
    [Id(8)] public bool SharedDisability { get; init; }
}

/// <summary>Counts for the fair report. Each application counts once, whatever happened to it.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothStats")]
public sealed record BoothStats
{
    [Id(0)] public int Jobs { get; init; }
    [Id(1)] public int Applications { get; init; }
    [Id(2)] public int Interviews { get; init; }
    [Id(3)] public int Intentions { get; init; }
    [Id(4)] public int Offers { get; init; }
    [Id(5)] public int NotSuitable { get; init; }
    [Id(6)] public int NoShows { get; init; }
    [Id(7)] public int Waiting { get; init; }
}
