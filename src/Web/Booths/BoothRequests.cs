using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>Which of the employer's published jobs the booth shows and which recruiters (person ids of members) staff it.</summary>
public sealed record BoothSetupRequest(IReadOnlyList<string>? JobIds, IReadOnlyList<string>? RecruiterIds);

/// <summary>Fields left out keep the booth's current value, so a form can change one setting at a time.</summary>
public sealed record BoothSettingsRequest(int? Capacity, TimeSpan? AnswerTime, TimeSpan? DisconnectGrace);

public sealed record BoothStatusRequest(BoothStatus? Status);

/// <summary><see cref="ShareDisability"/> is off unless the applicant turns it on for this employer.</summary>
public sealed record ApplyRequest(string? JobId, bool ShareDisability);

public sealed record InterviewMessageRequest(string? Text);

/// <summary>A null or empty <see cref="Url"/> removes the link.</summary>
public sealed record VideoLinkRequest(string? Url);

/// <summary><see cref="Note"/> is private to the employer: the applicant never sees it.</summary>
public sealed record OutcomeRequest(ApplicationOutcome? Outcome, string? Note);
