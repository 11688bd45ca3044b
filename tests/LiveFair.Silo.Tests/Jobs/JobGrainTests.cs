using System.Diagnostics.CodeAnalysis;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Jobs;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Jobs;

/// <summary>Who may post and change jobs, the status rules, and the catalog projection, on one cluster.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class JobGrainTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncLifetime
{
    private LiveFairDatabase _database = null!;
    private JobCatalog _catalog = null!;

    private IClusterClient Client => fixture.Client;

    public Task InitializeAsync()
    {
        // A separate connection pool over the same file, as the Web process would have.
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = fixture.ConnectionString });
        _catalog = new JobCatalog(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_admin_or_a_recruiter_creates_a_draft_that_the_catalog_lists()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var organisationId = organisation.GetPrimaryKeyString();

        var byAdmin = await Client.NewJob().Create(admin.PersonId, organisationId, TestJobs.Posting("  Admin's <i>job</i> "));
        var byRecruiter = await Client.NewJob().Create(recruiter.PersonId, organisationId, TestJobs.Posting("Recruiter's job"));

        Assert.Equal((JobStatus.Draft, organisationId, "Admin's <i>job</i>"), (byAdmin.Status, byAdmin.OrganisationId, byAdmin.Posting.Title));
        Assert.Null(byAdmin.PublishedAt);
        Assert.True(byAdmin.Version > 0);
        var listed = await _catalog.ListByOrganisationAsync(organisationId);
        Assert.Equal(
            new[] { byAdmin.JobId, byRecruiter.JobId }.Order(StringComparer.Ordinal),
            listed.Select(j => j.JobId).Order(StringComparer.Ordinal));
        Assert.Equal(byAdmin.Version, listed.Single(j => j.JobId == byAdmin.JobId).Version);
        Assert.Equal(byRecruiter.JobId, (await Client.GetGrain<IJobGrain>(byRecruiter.JobId).GetView()).JobId);
    }

    [Fact]
    public async Task Helpers_streamers_strangers_and_other_employers_recruiters_cannot_post_or_change_jobs()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var organisationId = organisation.GetPrimaryKeyString();
        var helper = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper, OrganisationRole.Streamer);
        var (other, otherAdmin) = await Client.CreatedAsync();
        var otherRecruiter = await Client.JoinedAsync(other, otherAdmin.PersonId, OrganisationRole.Recruiter);
        var stranger = await Client.RegisteredIdentityAsync();
        var job = Client.NewJob();
        var created = await job.Create(admin.PersonId, organisationId, TestJobs.Posting("Original"));

        foreach (var actor in new[] { helper.PersonId, otherAdmin.PersonId, otherRecruiter.PersonId, stranger.PersonId, "" })
        {
            await AssertRefusedAsync("job.forbidden", ErrorKind.Forbidden, () => Client.NewJob().Create(actor, organisationId, TestJobs.Posting()));
            await AssertRefusedAsync("job.forbidden", ErrorKind.Forbidden, () => job.Update(actor, TestJobs.Posting("Hijacked")));
            await AssertRefusedAsync("job.forbidden", ErrorKind.Forbidden, () => job.Publish(actor));
            await AssertRefusedAsync("job.forbidden", ErrorKind.Forbidden, () => job.Close(actor));
        }

        var after = await job.GetView();
        Assert.Equal((created.Version, JobStatus.Draft, "Original"), (after.Version, after.Status, after.Posting.Title));
        Assert.Single(await _catalog.ListByOrganisationAsync(organisationId));
    }

    [Fact]
    public async Task A_recruiter_who_loses_the_role_loses_it_at_once()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var job = Client.NewJob();
        await job.Create(recruiter.PersonId, organisation.GetPrimaryKeyString(), TestJobs.Posting());

        await organisation.SetRoles(admin.PersonId, recruiter.PersonId, [OrganisationRole.Helper]);

        await AssertRefusedAsync("job.forbidden", ErrorKind.Forbidden, () => job.Publish(recruiter.PersonId));
    }

    [Fact]
    public async Task Only_employers_post_jobs_and_the_organisation_must_exist()
    {
        var (workshop, workshopAdmin) = await Client.CreatedAsync(TestOrganisations.Workshop());
        var (service, serviceAdmin) = await Client.CreatedAsync(TestOrganisations.Workshop() with { Kind = OrganisationKind.ServiceOrganisation });

        await AssertRefusedAsync("job.not_employer", ErrorKind.Conflict, () => Client.NewJob().Create(workshopAdmin.PersonId, workshop.GetPrimaryKeyString(), TestJobs.Posting()));
        await AssertRefusedAsync("job.not_employer", ErrorKind.Conflict, () => Client.NewJob().Create(serviceAdmin.PersonId, service.GetPrimaryKeyString(), TestJobs.Posting()));
        await AssertRefusedAsync("organisation.not_found", ErrorKind.NotFound, () => Client.NewJob().Create(workshopAdmin.PersonId, TestOrganisations.NewId(), TestJobs.Posting()));
        Assert.Equal(0, await _catalog.CountByOrganisationAsync(workshop.GetPrimaryKeyString()));
    }

    [Fact]
    public async Task Creating_twice_an_invalid_id_or_an_invalid_posting_is_refused_and_stores_nothing()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var organisationId = organisation.GetPrimaryKeyString();
        var job = Client.NewJob();
        var created = await job.Create(admin.PersonId, organisationId, TestJobs.Posting());

        await AssertRefusedAsync("job.exists", ErrorKind.Conflict, () => job.Create(admin.PersonId, organisationId, TestJobs.Posting("Again")));
        await AssertRefusedAsync("job.invalid_id", ErrorKind.Invalid, () => Client.GetGrain<IJobGrain>("not-a-job").Create(admin.PersonId, organisationId, TestJobs.Posting()));
        var invalid = Client.NewJob();
        await AssertRefusedAsync("job.title.empty", ErrorKind.Invalid, () => invalid.Create(admin.PersonId, organisationId, TestJobs.Posting(" ")));
        await AssertRefusedAsync("job.not_found", ErrorKind.NotFound, invalid.GetView);

        Assert.Equal(created.Version, (await job.GetView()).Version);
        Assert.Equal(1, await _catalog.CountByOrganisationAsync(organisationId));
    }

    [Fact]
    public async Task A_job_is_drafted_published_and_closed_and_a_closed_job_stays_closed()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var job = Client.NewJob();
        await job.Create(admin.PersonId, organisation.GetPrimaryKeyString(), TestJobs.Posting());

        var edited = await job.Update(recruiter.PersonId, TestJobs.Posting("Edited draft") with { WorkMode = WorkMode.OnSite });
        Assert.Equal((JobStatus.Draft, "Edited draft", WorkMode.OnSite), (edited.Status, edited.Posting.Title, edited.Posting.WorkMode));

        var published = await job.Publish(recruiter.PersonId);
        Assert.Equal(JobStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        var again = await job.Publish(admin.PersonId);
        Assert.Equal((published.Version, published.PublishedAt), (again.Version, again.PublishedAt));

        var editedLive = await job.Update(admin.PersonId, TestJobs.Posting("Edited while published"));
        Assert.Equal((JobStatus.Published, "Edited while published"), (editedLive.Status, editedLive.Posting.Title));
        await AssertRefusedAsync("job.salary_range", ErrorKind.Invalid, () => job.Update(admin.PersonId, TestJobs.Posting() with { SalaryMin = 9000, SalaryMax = 100 }));

        var closed = await job.Close(recruiter.PersonId);
        Assert.Equal(JobStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(closed.Version, (await job.Close(admin.PersonId)).Version);
        await AssertRefusedAsync("job.closed", ErrorKind.Conflict, () => job.Publish(admin.PersonId));
        await AssertRefusedAsync("job.closed", ErrorKind.Conflict, () => job.Update(admin.PersonId, TestJobs.Posting("Reopened?")));

        var row = Assert.Single(await _catalog.GetManyAsync([closed.JobId]));
        Assert.Equal((closed.Version, JobStatus.Closed, "Edited while published"), (row.Version, row.Status, row.Posting.Title));
    }

    [Fact]
    public async Task A_draft_can_be_withdrawn_for_good()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var job = Client.NewJob();
        await job.Create(admin.PersonId, organisation.GetPrimaryKeyString(), TestJobs.Posting());

        Assert.Equal(JobStatus.Closed, (await job.Close(admin.PersonId)).Status);
        await AssertRefusedAsync("job.closed", ErrorKind.Conflict, () => job.Publish(admin.PersonId));
    }

    [Fact]
    public async Task An_unknown_job_is_not_found_for_every_command()
    {
        var (_, admin) = await Client.CreatedAsync();
        var job = Client.NewJob();

        await AssertRefusedAsync("job.not_found", ErrorKind.NotFound, job.GetView);
        await AssertRefusedAsync("job.not_found", ErrorKind.NotFound, () => job.Update(admin.PersonId, TestJobs.Posting()));
        await AssertRefusedAsync("job.not_found", ErrorKind.NotFound, () => job.Publish(admin.PersonId));
        await AssertRefusedAsync("job.not_found", ErrorKind.NotFound, () => job.Close(admin.PersonId));
    }

    [Fact]
    public async Task The_per_organisation_limit_is_counted_from_the_catalog()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var organisationId = organisation.GetPrimaryKeyString();
        var template = await Client.NewJob().Create(admin.PersonId, organisationId, TestJobs.Posting());
        for (var i = 1; i < JobLimits.MaxJobsPerOrganisation; i++)
        {
            await _catalog.UpsertAsync(template with { JobId = JobIds.New() });
        }

        await AssertRefusedAsync("job.too_many", ErrorKind.Conflict, () => Client.NewJob().Create(admin.PersonId, organisationId, TestJobs.Posting()));
        Assert.Equal(JobLimits.MaxJobsPerOrganisation, await _catalog.CountByOrganisationAsync(organisationId));

        // Another employer is not held back by this one's jobs.
        var (other, otherAdmin) = await Client.CreatedAsync();
        await Client.NewJob().Create(otherAdmin.PersonId, other.GetPrimaryKeyString(), TestJobs.Posting());
    }

    private static async Task AssertRefusedAsync(string code, ErrorKind kind, Func<Task> command)
    {
        var error = await Assert.ThrowsAsync<DomainException>(command);
        Assert.Equal((code, kind), (error.Code, error.Kind));
    }
}
