using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.People;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>What an organisation holds survives a silo restart. One cluster per test.</summary>
public sealed class OrganisationDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Profile_members_invitations_and_verification_survive_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var client = cluster.Client;
        var (organisation, admin) = await client.CreatedAsync();
        var recruiter = await client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var invitee = await client.RegisteredIdentityAsync();
        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = invitee.Email, Roles = [OrganisationRole.Helper] });
        await organisation.SetVerified(true, "platform-admin");
        var view = await organisation.GetView();
        var members = await organisation.GetMembers(admin.PersonId);

        await cluster.RestartSiloAsync();

        TestPeople.AssertSameContent(view, await organisation.GetView());
        TestPeople.AssertSameContent(members, await organisation.GetMembers(admin.PersonId));
        Assert.Equal([OrganisationRole.Recruiter], await organisation.GetRoles(recruiter.PersonId));
        Assert.Equal([OrganisationRole.Helper], (await organisation.AcceptInvitation(invitation.Token!, invitee)).Roles);
        Assert.True((await organisation.GetView()).Version > view.Version);
        Assert.Equal([OrganisationRole.Helper], await client.MirroredRolesAsync(invitee.PersonId, view.OrganisationId));
    }
}
