using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Workshops;

public sealed class WorkshopDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Makers_consent_records_and_removals_survive_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var (workshop, admin) = await cluster.Client.WorkshopAsync();
        var makers = cluster.Client.GetGrain<IWorkshopGrain>(workshop.GetPrimaryKeyString());
        await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨", PublicConsent = true });
        var removed = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "张姐" });
        await makers.RemoveMaker(admin.PersonId, removed.MakerId);
        var before = await makers.GetMakers(admin.PersonId);

        await cluster.RestartSiloAsync();

        Assert.Equal(before, await makers.GetMakers(admin.PersonId));
        Assert.Equal("李阿姨", Assert.Single(await makers.GetPublicMakers()).DisplayName);
    }
}
