namespace LiveFair.Contracts.Fairs;

/// <summary>The 1:1 text interview of one application, as either side sees it.</summary>
[GenerateSerializer]
[Alias("LiveFair.InterviewView")]
public sealed record InterviewView
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string BoothId { get; init; }
    [Id(2)] public required string JobId { get; init; }
    [Id(3)] public required string JobTitle { get; init; }
    [Id(4)] public required string EmployerName { get; init; }
    [Id(5)] public required string RecruiterName { get; init; }
    [Id(6)] public required string ApplicantName { get; init; }
    [Id(7)] public required bool Active { get; init; }
    [Id(8)] public string? VideoLink { get; init; }
    [Id(9)] public required DateTimeOffset StartedAt { get; init; }
    [Id(10)] public DateTimeOffset? EndedAt { get; init; }
    [Id(11)] public IReadOnlyList<InterviewMessage> Messages { get; init; } = [];
}

/// <summary>Plain text, shown escaped. Carries names, never person ids.</summary>
[GenerateSerializer]
[Alias("LiveFair.InterviewMessage")]
public sealed record InterviewMessage
{
    [Id(0)] public required string MessageId { get; init; }
    [Id(1)] public required bool FromApplicant { get; init; }
    [Id(2)] public required string AuthorName { get; init; }
    [Id(3)] public required string Text { get; init; }
    [Id(4)] public required DateTimeOffset SentAt { get; init; }
}

/// <summary>Something that happened in an interview, for its two sides only.</summary>
[GenerateSerializer]
[Alias("LiveFair.InterviewEvent")]
public sealed record InterviewEvent
{
    [Id(0)] public required string ApplicationId { get; init; }

    /// <summary>Who receives it; Web strips both before anything reaches a browser.</summary>
    [Id(1)] public required string ApplicantId { get; init; }
    [Id(2)] public required string RecruiterId { get; init; }
    [Id(3)] public required InterviewEventKind Kind { get; init; }
    [Id(4)] public InterviewMessage? Message { get; init; }

    /// <summary>For <see cref="InterviewEventKind.Typing"/>: true when the applicant is typing.</summary>
    [Id(5)] public bool FromApplicant { get; init; }
    [Id(6)] public InterviewView? Interview { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.InterviewEventKind")]
public enum InterviewEventKind
{
    /// <summary>The applicant answered; <see cref="InterviewEvent.Interview"/> is set.</summary>
    Started = 0,
    Message = 1,
    Typing = 2,

    /// <summary>The video link changed or the interview ended; <see cref="InterviewEvent.Interview"/> is set.</summary>
    Changed = 3,
    Ended = 4,

    /// <summary>The recruiter recorded an outcome; the applicant should read their application again.</summary>
    Outcome = 5,
}
