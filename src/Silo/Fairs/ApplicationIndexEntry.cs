using LiveFair.Contracts.Fairs;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// One application as the <c>application_index</c> table keeps it: enough to list a person's applications and
/// to rebuild a booth's queue, never the interview's messages or the private note.
/// </summary>
public sealed record ApplicationIndexEntry
{
    public required string ApplicationId { get; init; }
    public required long Version { get; init; }
    public required string PersonId { get; init; }
    public required string ApplicantName { get; init; }
    public required string RoomId { get; init; }
    public required string BoothId { get; init; }
    public required string EmployerId { get; init; }
    public required string EmployerName { get; init; }
    public required string JobId { get; init; }
    public required string JobTitle { get; init; }
    public required long Ticket { get; init; }
    public bool SharedDisability { get; init; }
    public ApplicationStatus Status { get; init; }
    public ApplicationOutcome? Outcome { get; init; }
    public string? RecruiterId { get; init; }
    public string? RecruiterName { get; init; }
    public required DateTimeOffset AppliedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? InterviewStartedAt { get; init; }

    public static ApplicationIndexEntry From(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            ApplicationId = record.ApplicationId,
            Version = record.Version,
            PersonId = record.PersonId,
            ApplicantName = record.ApplicantName,
            RoomId = record.RoomId,
            BoothId = record.BoothId,
            EmployerId = record.EmployerId,
            EmployerName = record.EmployerName,
            JobId = record.JobId,
            JobTitle = record.JobTitle,
            Ticket = record.Ticket,
            SharedDisability = record.SharedDisability,
            Status = record.Status,
            Outcome = record.Outcome,
            RecruiterId = record.RecruiterId,
            RecruiterName = record.RecruiterName,
            AppliedAt = record.AppliedAt,
            UpdatedAt = record.UpdatedAt,
            InterviewStartedAt = record.InterviewStartedAt,
        };
    }
}
