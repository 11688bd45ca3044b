using LiveFair.Contracts.Fairs;

namespace LiveFair.Silo.Fairs;

internal static class InterviewViews
{
    /// <summary>The interview of an application, or null before the applicant answered a call.</summary>
    public static InterviewView? From(ApplicationRecord record) =>
        record.InterviewStartedAt is not { } started
            ? null
            : new InterviewView
            {
                ApplicationId = record.ApplicationId,
                BoothId = record.BoothId,
                JobId = record.JobId,
                JobTitle = record.JobTitle,
                EmployerName = record.EmployerName,
                RecruiterName = record.RecruiterName ?? "",
                ApplicantName = record.ApplicantName,
                Active = record.Status == ApplicationStatus.Interviewing,
                VideoLink = record.VideoLink,
                StartedAt = started,
                EndedAt = record.InterviewEndedAt,
                Messages = record.Messages,
            };
}
