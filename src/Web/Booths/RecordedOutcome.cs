using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>An outcome as the recruiter who recorded it sees it back: the record without person ids.</summary>
public sealed record RecordedOutcome(
    string ApplicationId,
    string ApplicantName,
    string JobTitle,
    ApplicationStatus Status,
    ApplicationOutcome? Outcome,
    string? Note,
    DateTimeOffset? OutcomeAt)
{
    public static RecordedOutcome From(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.ApplicationId, record.ApplicantName, record.JobTitle, record.Status, record.Outcome, record.OutcomeNote, record.OutcomeAt);
    }
}
