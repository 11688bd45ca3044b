using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Fairs;

/// <summary>Every way a booth or application command can be refused; codes are stable and translated by the pages.</summary>
internal static class BoothErrors
{
    public static DomainException NotFound(string boothId) =>
        new(ErrorKind.NotFound, "booth.not_found", $"There is no booth '{boothId}'.");

    public static DomainException InvalidId() =>
        new(ErrorKind.Invalid, "booth.invalid_id", "A booth id is a fair's room id and an employer id joined by a dot.");

    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "booth.forbidden", "Only this booth's recruiters and the employer's admins may do this.");

    public static DomainException AdminsOnly() =>
        new(ErrorKind.Forbidden, "booth.admins_only", "Only the employer's admins may change which jobs and recruiters the booth has.");

    public static DomainException NotYourInterview() =>
        new(ErrorKind.Forbidden, "booth.not_your_interview", "Only the two people in this interview may do this.");

    public static DomainException ApplicationNotFound() =>
        new(ErrorKind.NotFound, "booth.application_not_found", "There is no such application at this booth.");

    public static DomainException Paused() =>
        new(ErrorKind.Conflict, "booth.paused", "The booth is not taking applicants for now.");

    public static DomainException Closed() =>
        new(ErrorKind.Conflict, "booth.closed", "The booth is not taking applicants any more.");

    public static DomainException Full() =>
        new(ErrorKind.Conflict, "booth.full", "The booth's queue is full; try again later.");

    public static DomainException AlreadyQueued() =>
        new(ErrorKind.Conflict, "booth.already_queued", "You are already in this booth's queue or interview.");

    public static DomainException AlreadyApplied() =>
        new(ErrorKind.Conflict, "booth.already_applied", "You have already applied to this job.");

    public static DomainException JobNotFound() =>
        new(ErrorKind.NotFound, "booth.job_not_found", "The booth has no such job.");

    public static DomainException JobNotPublished() =>
        new(ErrorKind.Conflict, "booth.job_not_published", "The job is not published, so it cannot be applied to.");

    public static DomainException PersonNotFound() =>
        new(ErrorKind.NotFound, "booth.person_not_found", "The person does not exist (or was erased).");

    public static DomainException QueueEmpty() =>
        new(ErrorKind.Conflict, "booth.queue_empty", "Nobody is waiting.");

    public static DomainException NotCalled() =>
        new(ErrorKind.Conflict, "booth.not_called", "You have not been called at this booth.");

    public static DomainException InterviewNotActive() =>
        new(ErrorKind.Conflict, "booth.interview_not_active", "The interview is not in progress.");

    public static DomainException NoInterview() =>
        new(ErrorKind.Conflict, "booth.no_interview", "An outcome needs an interview that started, or a call that was never answered.");

    public static DomainException TooManyMessages() =>
        new(ErrorKind.Conflict, "booth.too_many_messages", "The interview has reached its message limit.");

    public static DomainException ApplicationExists() =>
        new(ErrorKind.Conflict, "application.exists", "The application already exists for another booth, person or job.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
