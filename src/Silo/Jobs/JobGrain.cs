using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Jobs;

/// <summary>
/// The single source of truth for one job posting. Who may change it is asked of the organisation on every
/// call, so a recruiter who loses the role loses it here at once. Each change is persisted first, then
/// projected into the job catalog. Calls go only from here to the organisation grain, never back.
/// </summary>
public sealed partial class JobGrain(
    [PersistentState("job", LiveFairStorage.Name)] IPersistentState<JobState> state,
    TimeProvider time,
    JobCatalog catalog,
    ILogger<JobGrain> logger) : Grain, IJobGrain
{
    private string JobId => this.GetPrimaryKeyString();

    private JobState State => state.State;

    private bool Exists => State.OrganisationId is not null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Exists)
        {
            // The catalog may have missed the last change if the process stopped right after persisting.
            await ProjectAsync();
        }
    }

    public async Task<JobView> Create(string actorId, string organisationId, JobPosting posting)
    {
        if (Exists)
        {
            throw JobErrors.Exists(JobId);
        }

        if (!JobIds.IsValid(JobId))
        {
            DeactivateOnIdle();
            throw JobErrors.InvalidId();
        }

        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        var organisation = GrainFactory.GetGrain<IOrganisationGrain>(organisationId);
        var view = await organisation.GetView();
        if (view.Profile.Kind != OrganisationKind.Employer)
        {
            throw JobErrors.NotEmployer();
        }

        await RequirePosterAsync(organisationId, actorId);
        var validated = JobRules.Validate(posting);

        // Checked against the catalog, not a counter on the organisation: jobs are separate grains, and the
        // organisation grain must not be called back. Two creates racing may pass together; the limit is a
        // guard against runaway lists, not an exact quota.
        if (await catalog.CountByOrganisationAsync(organisationId) >= JobLimits.MaxJobsPerOrganisation)
        {
            throw JobErrors.TooMany();
        }

        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.OrganisationId = organisationId;
            s.Posting = validated;
            s.Status = JobStatus.Draft;
            s.CreatedAt = now;
        });
        LogCreated(JobId, organisationId, actorId);
        await ProjectAsync();
        return View();
    }

    public async Task<JobView> Update(string actorId, JobPosting posting)
    {
        EnsureExists();
        await RequirePosterAsync(State.OrganisationId!, actorId);
        if (State.Status == JobStatus.Closed)
        {
            throw JobErrors.Closed();
        }

        var validated = JobRules.Validate(posting);
        await PersistAsync(s => s.Posting = validated);
        await ProjectAsync();
        return View();
    }

    public async Task<JobView> Publish(string actorId)
    {
        EnsureExists();
        await RequirePosterAsync(State.OrganisationId!, actorId);
        switch (State.Status)
        {
            case JobStatus.Published:
                return View();
            case JobStatus.Closed:
                throw JobErrors.Closed();
        }

        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.Status = JobStatus.Published;
            s.PublishedAt = now;
        });
        LogStatusChanged(JobId, JobStatus.Published, actorId);
        await ProjectAsync();
        return View();
    }

    /// <summary>Closes a published job, or withdraws a draft that will never be published; either way for good.</summary>
    public async Task<JobView> Close(string actorId)
    {
        EnsureExists();
        await RequirePosterAsync(State.OrganisationId!, actorId);
        if (State.Status == JobStatus.Closed)
        {
            return View();
        }

        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.Status = JobStatus.Closed;
            s.ClosedAt = now;
        });
        LogStatusChanged(JobId, JobStatus.Closed, actorId);
        await ProjectAsync();
        return View();
    }

    public Task<JobView> GetView()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    private async Task RequirePosterAsync(string organisationId, string? actorId)
    {
        if (string.IsNullOrEmpty(actorId))
        {
            throw JobErrors.Forbidden();
        }

        var roles = await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).GetRoles(actorId);
        if (!roles.Contains(OrganisationRole.Admin) && !roles.Contains(OrganisationRole.Recruiter))
        {
            throw JobErrors.Forbidden();
        }
    }

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<JobState> change)
    {
        try
        {
            await state.WriteOrRestoreAsync(s =>
            {
                change(s);
                s.Version++;
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, JobId);
            throw;
        }
    }

    private async Task ProjectAsync()
    {
        try
        {
            await catalog.UpsertAsync(View());
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            // The job has already persisted the change; the catalog catches up on the next change or activation.
            LogProjectionFailed(exception, JobId);
        }
    }

    private JobView View() => new()
    {
        JobId = JobId,
        OrganisationId = State.OrganisationId!,
        Posting = State.Posting!,
        Status = State.Status,
        CreatedAt = State.CreatedAt,
        PublishedAt = State.PublishedAt,
        ClosedAt = State.ClosedAt,
        Version = State.Version,
    };

    private void EnsureExists()
    {
        if (!Exists)
        {
            // Nothing to keep in memory for an id nobody created.
            DeactivateOnIdle();
            throw JobErrors.NotFound(JobId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} created for organisation {OrganisationId} by {ActorId}")]
    private partial void LogCreated(string jobId, string organisationId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} is now {Status} ({ActorId})")]
    private partial void LogStatusChanged(string jobId, JobStatus status, string actorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} could not update the job catalog")]
    private partial void LogProjectionFailed(Exception exception, string jobId);
}
