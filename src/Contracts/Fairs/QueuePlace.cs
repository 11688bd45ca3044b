namespace LiveFair.Contracts.Fairs;

/// <summary>One person's place at one booth, as only they see it.</summary>
[GenerateSerializer]
[Alias("LiveFair.QueuePlace")]
public sealed record QueuePlace
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required QueueState State { get; init; }
    [Id(2)] public string? ApplicationId { get; init; }

    /// <summary>1 for the first person waiting; only while <see cref="QueueState.Waiting"/>.</summary>
    [Id(3)] public int? Position { get; init; }

    /// <summary>Everyone waiting at the booth.</summary>
    [Id(4)] public int Waiting { get; init; }
    [Id(5)] public TimeSpan? EstimatedWait { get; init; }

    /// <summary>When called: answer before this, or be marked no-show.</summary>
    [Id(6)] public DateTimeOffset? AnswerBy { get; init; }
    [Id(7)] public BoothStatus BoothStatus { get; init; }

    /// <summary>The booth's running number for this place; Web uses it to work out positions from a <see cref="BoothQueueState"/>.</summary>
    [Id(8)] public long Ticket { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.QueueState")]
public enum QueueState
{
    /// <summary>Nothing open at this booth (never applied, left, finished or no-show).</summary>
    None = 0,
    Waiting = 1,
    Called = 2,
    Interviewing = 3,
}

/// <summary>What <see cref="IBoothGrain.CallNext"/> tells the recruiter.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothCall")]
public sealed record BoothCall
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string JobId { get; init; }
    [Id(2)] public required DateTimeOffset AnswerBy { get; init; }
    [Id(3)] public required string ApplicantName { get; init; }
}
