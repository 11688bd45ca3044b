namespace LiveFair.Contracts.Fairs;

/// <summary>Everything about one application, private note included: for the booth and its recruiters only.</summary>
[GenerateSerializer]
[Alias("LiveFair.ApplicationRecord")]
public sealed record ApplicationRecord
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string PersonId { get; init; }
    [Id(2)] public required string ApplicantName { get; init; }
    [Id(3)] public required string RoomId { get; init; }
    [Id(4)] public required string BoothId { get; init; }
    [Id(5)] public required string EmployerId { get; init; }
    [Id(6)] public required string EmployerName { get; init; }
    [Id(7)] public required string JobId { get; init; }
    [Id(8)] public required string JobTitle { get; init; }

    /// <summary>The booth's running number: queue order.</summary>
    [Id(9)] public required long Ticket { get; init; }
    [Id(10)] public required bool SharedDisability { get; init; }
    [Id(11)] public required DateTimeOffset AppliedAt { get; init; }
    [Id(12)] public ApplicationStatus Status { get; init; }
    [Id(13)] public DateTimeOffset UpdatedAt { get; init; }
    [Id(14)] public string? RecruiterId { get; init; }
    [Id(15)] public string? RecruiterName { get; init; }
    [Id(16)] public DateTimeOffset? InterviewStartedAt { get; init; }
    [Id(17)] public DateTimeOffset? InterviewEndedAt { get; init; }
    [Id(18)] public string? VideoLink { get; init; }
    [Id(19)] public IReadOnlyList<InterviewMessage> Messages { get; init; } = [];
    [Id(20)] public ApplicationOutcome? Outcome { get; init; }

    /// <summary>The recruiter's private note: never shown to the applicant.</summary>
    [Id(21)] public string? OutcomeNote { get; init; }
    [Id(22)] public DateTimeOffset? OutcomeAt { get; init; }
    [Id(23)] public long Version { get; init; }
}

/// <summary>An application as its applicant sees it: no private note, no recruiter id.</summary>
[GenerateSerializer]
[Alias("LiveFair.ApplicationView")]
public sealed record ApplicationView
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string RoomId { get; init; }
    [Id(2)] public required string BoothId { get; init; }
    [Id(3)] public required string EmployerName { get; init; }
    [Id(4)] public required string JobId { get; init; }
    [Id(5)] public required string JobTitle { get; init; }
    [Id(6)] public required bool SharedDisability { get; init; }
    [Id(7)] public required ApplicationStatus Status { get; init; }
    [Id(8)] public ApplicationOutcome? Outcome { get; init; }
    [Id(9)] public required DateTimeOffset AppliedAt { get; init; }
    [Id(10)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(11)] public InterviewView? Interview { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.ApplicationStatus")]
public enum ApplicationStatus
{
    Waiting = 0,
    Called = 1,
    Interviewing = 2,
    Interviewed = 3,

    /// <summary>The applicant left the queue, or was away longer than the booth keeps places.</summary>
    Left = 4,

    /// <summary>Called and did not answer in time.</summary>
    NoShow = 5,
}

[GenerateSerializer]
[Alias("LiveFair.ApplicationOutcome")]
public enum ApplicationOutcome
{
    /// <summary>初步意向: both sides want to go on.</summary>
    Intention = 0,
    Offer = 1,
    NotSuitable = 2,
    NoShow = 3,
}

[GenerateSerializer]
[Alias("LiveFair.OutcomeInput")]
public sealed record OutcomeInput
{
    [Id(0)] public required ApplicationOutcome Outcome { get; init; }

    /// <summary>Private to the employer.</summary>
    [Id(1)] public string? Note { get; init; }
}
