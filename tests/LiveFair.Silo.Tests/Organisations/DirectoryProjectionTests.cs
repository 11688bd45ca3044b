using System.Diagnostics.CodeAnalysis;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Organisation grains project into the directory, read here as Web would read it.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class DirectoryProjectionTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncLifetime
{
    private LiveFairDatabase _database = null!;
    private OrganisationDirectory _directory = null!;

    public Task InitializeAsync()
    {
        // A separate connection pool over the same file, as the Web process would have.
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = fixture.ConnectionString });
        _directory = new OrganisationDirectory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_directory_follows_creation_verification_and_renaming()
    {
        var (organisation, admin) = await fixture.Client.CreatedAsync(TestOrganisations.Workshop(name: "美丽工坊 <b>Suzhou</b>"));
        var created = await organisation.GetView();

        var row = await FindAsync(created.OrganisationId);
        Assert.Equal(created.Version, row.Version);
        Assert.Equal(OrganisationKind.Workshop, row.Kind);
        Assert.Equal("美丽工坊 <b>Suzhou</b>", row.Name);
        Assert.Equal("南京", row.City);
        Assert.False(row.Verified);
        Assert.Equal(created.CreatedAt.ToUnixTimeMilliseconds(), row.CreatedAt.ToUnixTimeMilliseconds());
        Assert.DoesNotContain(await _directory.ListAsync(verified: true), e => e.OrganisationId == created.OrganisationId);

        var verified = await organisation.SetVerified(true, "platform-admin");
        Assert.Equal((verified.Version, true), ((await FindAsync(created.OrganisationId)).Version, (await FindAsync(created.OrganisationId)).Verified));
        Assert.Contains(await _directory.ListAsync(verified: true, kind: OrganisationKind.Workshop), e => e.OrganisationId == created.OrganisationId);
        Assert.DoesNotContain(await _directory.ListAsync(kind: OrganisationKind.Employer), e => e.OrganisationId == created.OrganisationId);

        var renamed = await organisation.UpdateProfile(admin.PersonId, TestOrganisations.Workshop(name: "Suzhou makers") with { City = "苏州" });
        var after = await FindAsync(created.OrganisationId);
        Assert.Equal((renamed.Version, "Suzhou makers", "苏州", true), (after.Version, after.Name, after.City, after.Verified));
    }

    [Fact]
    public async Task A_rejected_command_or_a_stale_write_does_not_change_the_row()
    {
        var (organisation, admin) = await fixture.Client.CreatedAsync();
        var organisationId = organisation.GetPrimaryKeyString();
        var before = await FindAsync(organisationId);

        await Assert.ThrowsAsync<DomainException>(() => organisation.UpdateProfile(admin.PersonId, TestOrganisations.Employer(name: "")));
        Assert.Equal(before, await FindAsync(organisationId));

        await _directory.UpsertAsync(before with { Version = before.Version - 1, Name = "Stale" });
        Assert.Equal(before, await FindAsync(organisationId));
    }

    private async Task<OrganisationDirectoryEntry> FindAsync(string organisationId) =>
        Assert.Single(await _directory.ListAsync(), e => e.OrganisationId == organisationId);
}
