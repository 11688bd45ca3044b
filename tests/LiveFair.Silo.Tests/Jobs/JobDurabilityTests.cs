using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Jobs;

public sealed class JobDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task A_published_job_survives_a_restart_with_every_field()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var (organisation, admin) = await cluster.Client.CreatedAsync();
        var job = cluster.Client.NewJob();
        await job.Create(admin.PersonId, organisation.GetPrimaryKeyString(), TestJobs.Posting());
        var published = await job.Publish(admin.PersonId);

        await cluster.RestartSiloAsync();

        var view = await job.GetView();
        Assert.Equal((published.Status, published.Version, published.PublishedAt, published.CreatedAt), (view.Status, view.Version, view.PublishedAt, view.CreatedAt));
        Assert.Equal(published.Posting.Title, view.Posting.Title);
        Assert.Equal(published.Posting.Accommodations, view.Posting.Accommodations);
        Assert.Equal(published.Posting.SuitableCategories, view.Posting.SuitableCategories);
        Assert.Equal((1500, 10), (view.Posting.TrainingSubsidy!.Value, view.Posting.TrainingDays!.Value));
        Assert.Equal(JobStatus.Closed, (await job.Close(admin.PersonId)).Status);
        Assert.Empty(await organisation.GetRoles("nobody"));
        Assert.Equal(OrganisationKind.Employer, (await organisation.GetView()).Profile.Kind);
    }
}
