using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;
using LiveFair.Silo.Jobs;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Jobs;

/// <summary>The SQL of <see cref="JobCatalog"/>, run against each database by the derived classes.</summary>
public abstract class JobCatalogContractTests(IDatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 8, 30, 15, 123, TimeSpan.Zero);
    private readonly JobCatalog _catalog = new(fixture.Database);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Leaves a shared PostgreSQL database as it was found.</summary>
    public async Task DisposeAsync()
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM job_catalog WHERE organisation_id LIKE @prefix";
        command.WithParameter("@prefix", fixture.KeyPrefix + "%");
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Every_field_round_trips_including_markup_and_chinese()
    {
        var job = Job(NewOrganisation(), NewJobId("roundtrip"), version: 3) with
        {
            Status = JobStatus.Published,
            PublishedAt = Created.AddHours(1),
            Posting = TestJobs.Posting("<b>客服</b> & \"support\""),
        };

        await _catalog.UpsertAsync(job);

        var read = Assert.Single(await _catalog.GetManyAsync([job.JobId]));
        Assert.Equal((job.JobId, job.OrganisationId, job.Status, job.Version), (read.JobId, read.OrganisationId, read.Status, read.Version));
        Assert.Equal((job.CreatedAt, job.PublishedAt, job.ClosedAt), (read.CreatedAt, read.PublishedAt, read.ClosedAt));
        Assert.Equal("<b>客服</b> & \"support\"", read.Posting.Title);
        Assert.Equal(job.Posting.Description, read.Posting.Description);
        Assert.Equal((WorkMode.HomeBased, 4000, 6500, 3), (read.Posting.WorkMode, read.Posting.SalaryMin, read.Posting.SalaryMax, read.Posting.Headcount));
        Assert.Equal(job.Posting.Benefits, read.Posting.Benefits);
        Assert.Equal((true, 10, 1500), (read.Posting.TrainingOffered, read.Posting.TrainingDays, read.Posting.TrainingSubsidy));
        Assert.Equal([DisabilityCategory.Hearing, DisabilityCategory.Physical], read.Posting.SuitableCategories);
        Assert.Equal([JobAccommodation.TextOnlyCommunication, JobAccommodation.FlexibleHours], read.Posting.Accommodations);
    }

    [Fact]
    public async Task A_stale_or_repeated_write_does_not_overwrite_a_newer_row()
    {
        var organisationId = NewOrganisation();
        var newer = Job(organisationId, NewJobId("versioned"), version: 5, title: "Newer");

        await _catalog.UpsertAsync(newer);
        await _catalog.UpsertAsync(newer with { Version = 4, Status = JobStatus.Closed, Posting = TestJobs.Posting("Older") });
        await _catalog.UpsertAsync(newer with { Posting = TestJobs.Posting("Same version") });

        var kept = Assert.Single(await _catalog.ListByOrganisationAsync(organisationId));
        Assert.Equal((5L, JobStatus.Draft, "Newer"), (kept.Version, kept.Status, kept.Posting.Title));

        await _catalog.UpsertAsync(newer with { Version = 6, Status = JobStatus.Published, Posting = TestJobs.Posting("Newest") });
        var newest = Assert.Single(await _catalog.ListByOrganisationAsync(organisationId));
        Assert.Equal((6L, JobStatus.Published, "Newest"), (newest.Version, newest.Status, newest.Posting.Title));
    }

    [Fact]
    public async Task An_organisation_lists_its_own_jobs_newest_first_filtered_by_status_when_asked()
    {
        var organisationId = NewOrganisation();
        var other = NewOrganisation();
        var (old, mid, recent) = (NewJobId("old"), NewJobId("mid"), NewJobId("new"));
        await _catalog.UpsertAsync(Job(organisationId, old, 1, created: Created) with { Status = JobStatus.Published });
        await _catalog.UpsertAsync(Job(organisationId, mid, 1, created: Created.AddDays(1)));
        await _catalog.UpsertAsync(Job(organisationId, recent, 1, created: Created.AddDays(2)) with { Status = JobStatus.Closed });
        await _catalog.UpsertAsync(Job(other, NewJobId("theirs"), 1, created: Created.AddDays(3)) with { Status = JobStatus.Published });

        Assert.Equal([recent, mid, old], Ids(await _catalog.ListByOrganisationAsync(organisationId)));
        Assert.Equal([old], Ids(await _catalog.ListByOrganisationAsync(organisationId, JobStatus.Published)));
        Assert.Equal([mid], Ids(await _catalog.ListByOrganisationAsync(organisationId, JobStatus.Draft)));
        Assert.Equal(3, await _catalog.CountByOrganisationAsync(organisationId));
        Assert.Equal(1, await _catalog.CountByOrganisationAsync(other));
        Assert.Empty(await _catalog.ListByOrganisationAsync(NewOrganisation()));
        Assert.Equal(0, await _catalog.CountByOrganisationAsync(NewOrganisation()));
    }

    [Fact]
    public async Task Get_many_returns_the_known_ids_in_the_order_asked_and_works_past_one_query()
    {
        var organisationId = NewOrganisation();
        var ids = Enumerable.Range(0, 450).Select(_ => NewJobId("many")).ToList();
        foreach (var id in ids)
        {
            await _catalog.UpsertAsync(Job(organisationId, id, 1));
        }

        var asked = new List<string> { ids[7], "job-unknown", ids[3], ids[7], ids[449], ids[250] };
        Assert.Equal([ids[7], ids[3], ids[449], ids[250]], Ids(await _catalog.GetManyAsync(asked)));
        Assert.Equal(450, (await _catalog.GetManyAsync(ids)).Count);
        Assert.Empty(await _catalog.GetManyAsync([]));
    }

    /// <summary>Job ids are global: a fresh suffix keeps tests and runs on a shared server apart.</summary>
    private static string NewJobId(string name) => $"job-{name}-{Guid.NewGuid():N}"[..40];

    private string NewOrganisation() => $"{fixture.KeyPrefix}-{Guid.NewGuid():N}";

    private static List<string> Ids(IEnumerable<JobView> jobs) => [.. jobs.Select(j => j.JobId)];

    private static JobView Job(string organisationId, string jobId, long version, string title = "Clerk", DateTimeOffset? created = null) => new()
    {
        JobId = jobId,
        OrganisationId = organisationId,
        Posting = TestJobs.Posting(title),
        Status = JobStatus.Draft,
        CreatedAt = created ?? Created,
        Version = version,
    };
}

public sealed class SqliteJobCatalogTests(SqliteDatabaseFixture fixture)
    : JobCatalogContractTests(fixture), IClassFixture<SqliteDatabaseFixture>;

/// <summary>The same SQL on PostgreSQL; needs <c>LIVEFAIR_TEST_POSTGRES</c> (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresJobCatalogTests(PostgresDatabaseFixture fixture)
    : JobCatalogContractTests(fixture), IClassFixture<PostgresDatabaseFixture>;
