namespace LiveFair.Contracts.Fairs;

/// <summary>Which of the employer's published jobs the booth shows and which recruiters staff it.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothSetup")]
public sealed record BoothSetup
{
    [Id(0)] public IReadOnlyList<string> JobIds { get; init; } = [];
    [Id(1)] public IReadOnlyList<string> RecruiterIds { get; init; } = [];
}

/// <summary>How a booth's queue behaves; bounds are in <see cref="BoothLimits"/>.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothSettings")]
public sealed record BoothSettings
{
    /// <summary>The most people waiting at once; a full queue says so before anyone applies.</summary>
    [Id(0)] public int Capacity { get; init; } = 200;

    /// <summary>How long a called person has to answer before they are marked no-show.</summary>
    [Id(1)] public TimeSpan AnswerTime { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a place is kept after the person's last connection to the booth dropped.</summary>
    [Id(2)] public TimeSpan DisconnectGrace { get; init; } = TimeSpan.FromMinutes(3);
}

public static class BoothLimits
{
    public const int MaxCapacity = 10_000;
    public const int MaxJobs = 50;
    public const int MaxRecruiters = 50;
    public static readonly TimeSpan MinAnswerTime = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxAnswerTime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MaxDisconnectGrace = TimeSpan.FromMinutes(30);

    /// <summary>The estimate before a booth has finished any interview of its own.</summary>
    public static readonly TimeSpan DefaultInterviewLength = TimeSpan.FromMinutes(5);

    /// <summary>How many recent interviews the estimate averages.</summary>
    public const int InterviewsAveraged = 10;
    public const int InterviewMessage = 1000;
    public const int InterviewMessages = 500;
    public const int OutcomeNote = 2000;
    public const int VideoLink = 500;
}

[GenerateSerializer]
[Alias("LiveFair.BoothStatus")]
public enum BoothStatus
{
    Open = 0,

    /// <summary>Not taking applicants for now; people already waiting keep their places and are still called.</summary>
    Paused = 1,

    /// <summary>Not taking applicants for the rest of the fair; people already waiting are still called.</summary>
    Closed = 2,
}
