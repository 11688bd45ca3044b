using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// What a booth setup must satisfy beyond its shape: every job is the employer's and published, every
/// recruiter holds the Recruiter role there. Asked of the job and organisation grains each time, never trusted.
/// </summary>
internal static class BoothSetupCheck
{
    public static async Task<BoothSetup> ValidateAsync(IGrainFactory grains, string employerId, BoothSetup? setup)
    {
        var validated = BoothRules.Setup(setup);
        foreach (var jobId in validated.JobIds)
        {
            JobView job;
            try
            {
                job = await grains.GetGrain<IJobGrain>(jobId).GetView();
            }
            catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
            {
                throw BoothErrors.Invalid("booth.unknown_job", "A job of the setup does not exist.");
            }

            if (job.OrganisationId != employerId)
            {
                throw BoothErrors.Invalid("booth.foreign_job", "A job of the setup belongs to another organisation.");
            }

            if (job.Status != JobStatus.Published)
            {
                throw BoothErrors.Invalid("booth.unpublished_job", "Only published jobs can be shown at a booth.");
            }
        }

        var organisation = grains.GetGrain<IOrganisationGrain>(employerId);
        foreach (var recruiterId in validated.RecruiterIds)
        {
            if (!(await organisation.GetRoles(recruiterId)).Contains(OrganisationRole.Recruiter))
            {
                throw BoothErrors.Invalid("booth.not_recruiter", "Every booth recruiter must hold the Recruiter role in the organisation.");
            }
        }

        return validated;
    }
}
