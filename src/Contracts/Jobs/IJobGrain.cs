namespace LiveFair.Contracts.Jobs;

/// <summary>
/// One job posting, keyed by a job id from <see cref="JobIds.New"/>. Only an employer's admins and recruiters
/// change it (the grain asks the organisation). A job is drafted, published and closed; only a published
/// job can be applied to or pinned, and a closed job stays closed. Rejected commands throw
/// <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IJobGrain")]
public interface IJobGrain : IGrainWithStringKey
{
    /// <summary>Creates the job as a draft of <paramref name="organisationId"/>, which must be an employer.</summary>
    [Alias("Create")]
    Task<JobView> Create(string actorId, string organisationId, JobPosting posting);

    /// <summary>Replaces the posting of a draft or published job.</summary>
    [Alias("Update")]
    Task<JobView> Update(string actorId, JobPosting posting);

    [Alias("Publish")]
    Task<JobView> Publish(string actorId);

    [Alias("Close")]
    Task<JobView> Close(string actorId);

    /// <summary>Any status; Web shows drafts only to the employer's members. NotFound for an unknown id.</summary>
    [Alias("GetView")]
    Task<JobView> GetView();
}
