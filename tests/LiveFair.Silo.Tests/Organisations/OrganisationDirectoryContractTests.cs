using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>The SQL of <see cref="OrganisationDirectory"/>, run against each database by the derived classes.</summary>
public abstract class OrganisationDirectoryContractTests(IDatabaseFixture fixture)
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 8, 30, 15, 123, TimeSpan.Zero);
    private readonly OrganisationDirectory _directory = new(fixture.Database);

    [Fact]
    public async Task A_stale_or_repeated_write_does_not_overwrite_a_newer_row()
    {
        var newer = Entry(NewId(), version: 5, "Newer name");

        await _directory.UpsertAsync(newer);
        await _directory.UpsertAsync(newer with { Version = 4, Name = "Older name", Verified = true });
        await _directory.UpsertAsync(newer with { Name = "Same version, other name" });

        Assert.Equal(newer, await FindAsync(newer.OrganisationId));

        await _directory.UpsertAsync(newer with { Version = 6, Name = "Newest name", City = "上海", Verified = true });
        var newest = await FindAsync(newer.OrganisationId);
        Assert.Equal((6L, "Newest name", "上海", true), (newest.Version, newest.Name, newest.City, newest.Verified));
    }

    [Fact]
    public async Task Every_column_round_trips()
    {
        var entry = Entry(NewId(), version: 3, "工坊 <b>Workshop</b> & co", OrganisationKind.ServiceOrganisation, verified: true) with { City = "南京" };

        await _directory.UpsertAsync(entry);

        // Times are stored to the millisecond and read back in UTC.
        var read = await FindAsync(entry.OrganisationId);
        Assert.Equal(entry, read);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
    }

    [Fact]
    public async Task Filters_apply_only_when_given()
    {
        var prefix = NewId();
        var rows = new[]
        {
            Entry($"{prefix}-ev", 1, "Employer verified", OrganisationKind.Employer, verified: true),
            Entry($"{prefix}-eu", 1, "Employer unverified", OrganisationKind.Employer, verified: false),
            Entry($"{prefix}-wv", 1, "Workshop verified", OrganisationKind.Workshop, verified: true),
            Entry($"{prefix}-su", 1, "Service unverified", OrganisationKind.ServiceOrganisation, verified: false),
        };
        foreach (var row in rows)
        {
            await _directory.UpsertAsync(row);
        }

        Assert.Equal(["eu", "ev", "su", "wv"], await ListAsync(prefix, null, null));
        Assert.Equal(["ev", "wv"], await ListAsync(prefix, true, null));
        Assert.Equal(["eu", "su"], await ListAsync(prefix, false, null));
        Assert.Equal(["eu", "ev"], await ListAsync(prefix, null, OrganisationKind.Employer));
        Assert.Equal(["eu"], await ListAsync(prefix, false, OrganisationKind.Employer));
        Assert.Equal(["su"], await ListAsync(prefix, null, OrganisationKind.ServiceOrganisation));
        Assert.Empty(await ListAsync(prefix, true, OrganisationKind.ServiceOrganisation));
    }

    [Fact]
    public async Task Organisations_are_listed_by_name_the_same_way_on_every_database()
    {
        var prefix = NewId();
        var rows = new[]
        {
            Entry($"{prefix}-shanghai", 1, "上海助残服务中心"),
            Entry($"{prefix}-beta", 1, "beta works"),
            Entry($"{prefix}-guangzhou", 1, "广州雇主"),
            Entry($"{prefix}-alpha", 1, "Alpha crafts"),
            Entry($"{prefix}-beijing", 1, "北京工坊"),
            Entry($"{prefix}-alpha-2", 1, "Alpha crafts"),
        };
        foreach (var row in rows)
        {
            await _directory.UpsertAsync(row);
        }

        // Chinese collation: Han first in pinyin order (bei, guang, shang), then Latin ignoring case, ties by id.
        Assert.Equal(["beijing", "guangzhou", "shanghai", "alpha", "alpha-2", "beta"], await ListAsync(prefix, null, null));
    }

    private string NewId() => $"{fixture.KeyPrefix}-{Guid.NewGuid():N}"[..48];

    private async Task<List<string>> ListAsync(string prefix, bool? verified, OrganisationKind? kind) =>
        [.. (await _directory.ListAsync(verified, kind))
            .Where(e => e.OrganisationId.StartsWith(prefix + "-", StringComparison.Ordinal))
            .Select(e => e.OrganisationId[(prefix.Length + 1)..])];

    private async Task<OrganisationDirectoryEntry> FindAsync(string organisationId) =>
        Assert.Single(await _directory.ListAsync(), e => e.OrganisationId == organisationId);

    private static OrganisationDirectoryEntry Entry(
        string organisationId, long version, string name, OrganisationKind kind = OrganisationKind.Employer, bool verified = false) => new()
    {
        OrganisationId = organisationId,
        Version = version,
        Kind = kind,
        Name = name,
        City = "深圳",
        Verified = verified,
        CreatedAt = Created,
    };
}
