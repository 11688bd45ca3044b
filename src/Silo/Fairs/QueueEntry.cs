using LiveFair.Contracts.Fairs;

namespace LiveFair.Silo.Fairs;

/// <summary>One open application at a booth (waiting, called or interviewing), held in the booth's memory only.</summary>
internal sealed class QueueEntry
{
    public required string ApplicationId { get; init; }
    public required string PersonId { get; init; }
    public required string ApplicantName { get; init; }
    public required string JobId { get; init; }
    public required string JobTitle { get; init; }
    public required long Ticket { get; init; }
    public required DateTimeOffset JoinedAt { get; init; }
    public bool SharedDisability { get; init; }
    public ApplicationStatus Status { get; set; }
    public string? RecruiterId { get; set; }
    public string? RecruiterName { get; set; }
    public DateTimeOffset? AnswerBy { get; set; }
    public bool Connected { get; set; } = true;

    /// <summary>When the person's last connection dropped; null while connected.</summary>
    public DateTimeOffset? AwaySince { get; set; }

    public static QueueEntry From(ApplicationIndexEntry row, TimeSpan answerTime) => new()
    {
        ApplicationId = row.ApplicationId,
        PersonId = row.PersonId,
        ApplicantName = row.ApplicantName,
        JobId = row.JobId,
        JobTitle = row.JobTitle,
        Ticket = row.Ticket,
        JoinedAt = row.AppliedAt,
        SharedDisability = row.SharedDisability,
        Status = row.Status,
        RecruiterId = row.RecruiterId,
        RecruiterName = row.RecruiterName,

        // The call's time is the row's last change; the deadline is worked out again from it.
        AnswerBy = row.Status == ApplicationStatus.Called ? row.UpdatedAt + answerTime : null,
    };
}
