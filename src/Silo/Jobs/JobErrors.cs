using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Jobs;

/// <summary>Every way a job command can be refused; codes are stable and translated by the pages (JobTexts).</summary>
internal static class JobErrors
{
    public static DomainException NotFound(string jobId) =>
        new(ErrorKind.NotFound, "job.not_found", $"There is no job '{jobId}'.");

    public static DomainException Exists(string jobId) =>
        new(ErrorKind.Conflict, "job.exists", $"The job '{jobId}' already exists.");

    public static DomainException InvalidId() =>
        new(ErrorKind.Invalid, "job.invalid_id", "A job id is 'job-' followed by 2 to 60 lowercase letters, digits and dashes.");

    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "job.forbidden", "Only the employer's admins and recruiters may change its jobs.");

    public static DomainException NotEmployer() =>
        new(ErrorKind.Conflict, "job.not_employer", "Only employers post jobs; this organisation is not an employer.");

    public static DomainException TooMany() =>
        new(ErrorKind.Conflict, "job.too_many", $"An organisation may have at most {Contracts.Jobs.JobLimits.MaxJobsPerOrganisation} jobs.");

    public static DomainException Closed() =>
        new(ErrorKind.Conflict, "job.closed", "The job is closed; a closed job cannot be changed or published again.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
