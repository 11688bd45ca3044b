using System.Diagnostics.CodeAnalysis;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.People;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>
/// Organisations whose state is written straight into storage before their first activation: a full
/// organisation (slow to build through commands) and the state a crash can leave behind.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class StoredOrganisationTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private LiveFairDatabase _database = null!;

    private IClusterClient Client => fixture.Client;

    public Task InitializeAsync()
    {
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = fixture.ConnectionString });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_full_organisation_refuses_new_members_but_existing_ones_may_still_accept()
    {
        var admin = await Client.RegisteredIdentityAsync();
        var newcomer = await Client.RegisteredIdentityAsync();
        var newcomerToken = InvitationTokens.Create();
        var adminToken = InvitationTokens.Create();
        var state = State(admin);
        state.Members.AddRange(Enumerable.Range(1, OrganisationLimits.MaxMembers - 1).Select(i => Member(TestOrganisations.Identity($"seeded-person-{i:D6}"), OrganisationRole.Helper)));
        state.Invitations.Add(InvitationRules.New(newcomer.Email, [OrganisationRole.Helper], newcomerToken, DateTimeOffset.UtcNow));
        state.Invitations.Add(InvitationRules.New(admin.Email, [OrganisationRole.Recruiter], adminToken, DateTimeOffset.UtcNow));
        var organisation = await SeedAsync(state);

        var error = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(newcomerToken, newcomer));

        Assert.Equal(("organisation.full", ErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Equal(OrganisationLimits.MaxMembers, (await organisation.GetView()).MemberCount);
        Assert.Equal([OrganisationRole.Admin, OrganisationRole.Recruiter], (await organisation.AcceptInvitation(adminToken, admin)).Roles);
    }

    [Fact]
    public async Task The_directory_is_brought_up_to_date_on_activation()
    {
        var admin = await Client.RegisteredIdentityAsync();
        var state = State(admin);
        state.Version = 7;
        var organisation = await SeedAsync(state);
        var directory = new OrganisationDirectory(_database);
        Assert.DoesNotContain(await directory.ListAsync(), e => e.OrganisationId == organisation.GetPrimaryKeyString());

        await organisation.GetView();

        var row = Assert.Single(await directory.ListAsync(), e => e.OrganisationId == organisation.GetPrimaryKeyString());
        Assert.Equal(7, row.Version);
        Assert.Equal(Created, row.CreatedAt);
    }

    [Fact]
    public async Task Memberships_left_unmirrored_by_a_crash_are_mirrored_after_activation()
    {
        var admin = await Client.RegisteredIdentityAsync();
        var recruiter = await Client.RegisteredIdentityAsync();
        var departed = await Client.RegisteredIdentityAsync();
        var state = State(admin);
        state.Members.Add(Member(recruiter, OrganisationRole.Recruiter));
        state.MirrorPending.AddRange([admin.PersonId, recruiter.PersonId, departed.PersonId, "erased-person"]);
        var organisationId = TestOrganisations.NewId();
        await Client.Person(departed.PersonId).SetMembership(new() { OrganisationId = organisationId, OrganisationName = "Old", OrganisationKind = OrganisationKind.Employer, Roles = [OrganisationRole.Helper] });
        var organisation = await SeedAsync(state, organisationId);

        await organisation.GetView();

        await Eventually.GetAsync(() => Client.MirroredRolesAsync(recruiter.PersonId, organisationId), r => r.SequenceEqual([OrganisationRole.Recruiter]), "the recruiter's membership");
        await Eventually.GetAsync(() => Client.MirroredRolesAsync(admin.PersonId, organisationId), r => r.SequenceEqual([OrganisationRole.Admin]), "the admin's membership");
        await Eventually.GetAsync(() => Client.MirroredMembershipAsync(departed.PersonId, organisationId), m => m is null, "the departed member's membership to go");
    }

    private async Task<IOrganisationGrain> SeedAsync(OrganisationState state, string? organisationId = null)
    {
        var organisation = Client.Organisation(organisationId ?? TestOrganisations.NewId());
        await GrainStateRows.WriteNewAsync(fixture.ConnectionString, "organisation", organisation.GetGrainId(), state);
        return organisation;
    }

    private static OrganisationState State(MemberIdentity admin) => new()
    {
        Profile = TestOrganisations.Employer(),
        CreatedAt = Created,
        Members = [Member(admin, OrganisationRole.Admin)],
        Version = 1,
    };

    private static OrganisationMember Member(MemberIdentity person, OrganisationRole role) =>
        new() { Person = person, Roles = [role], JoinedAt = Created };
}
