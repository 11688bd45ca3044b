using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Jobs;

namespace LiveFair.Web.Jobs;

/// <summary>
/// Who sees which jobs: published jobs are public; drafts and closed jobs only to the employer's members,
/// asked of the organisation grain on each request. To everyone else such a job does not exist (404), so
/// an id that leaks does not reveal a draft.
/// </summary>
public sealed class JobAccess(IGrainFactory grains, JobCatalog catalog)
{
    public async Task<bool> IsMemberAsync(string organisationId, string? personId) =>
        personId is not null && (await grains.GetGrain<IOrganisationGrain>(organisationId).GetRoles(personId)).Count > 0;

    /// <summary>Admins and recruiters keep the organisation's jobs; the grain checks again on every change.</summary>
    public async Task<bool> CanPostAsync(string organisationId, string? personId)
    {
        if (personId is null)
        {
            return false;
        }

        var roles = await grains.GetGrain<IOrganisationGrain>(organisationId).GetRoles(personId);
        return roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Recruiter);
    }

    /// <summary>The job if <paramref name="personId"/> may see it; NotFound (as for an unknown id) otherwise.</summary>
    public async Task<JobView> GetVisibleAsync(string jobId, string? personId)
    {
        var job = await grains.GetGrain<IJobGrain>(jobId).GetView();
        if (job.Status != JobStatus.Published && !await IsMemberAsync(job.OrganisationId, personId))
        {
            throw JobProblems.NotFound(jobId);
        }

        return job;
    }

    /// <summary>The organisation's jobs, newest first: all of them for its members, the published ones for others. NotFound for an unknown organisation.</summary>
    public async Task<IReadOnlyList<JobView>> ListAsync(string organisationId, string? personId, CancellationToken cancellationToken = default)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(organisationId);
        bool member;
        if (personId is null)
        {
            // Only to answer NotFound for an organisation that does not exist, as for members.
            await organisation.GetView();
            member = false;
        }
        else
        {
            member = (await organisation.GetRoles(personId)).Count > 0;
        }

        return await catalog.ListByOrganisationAsync(organisationId, member ? null : JobStatus.Published, cancellationToken);
    }
}
