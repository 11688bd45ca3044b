using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Who may do what in an organisation, the last-admin rule, and the person grains' mirror of roles.</summary>
public sealed class MemberRoleTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Members_other_than_admins_cannot_manage_the_organisation()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter, OrganisationRole.Streamer, OrganisationRole.Helper);
        var helper = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper);
        var open = await organisation.Invite(admin.PersonId, new InvitationInput { Email = "open@example.org", Roles = [OrganisationRole.Helper] });

        foreach (var command in AdminCommands(organisation, recruiter.PersonId, helper.PersonId, open.InvitationId))
        {
            var error = await Assert.ThrowsAsync<DomainException>(command);
            Assert.Equal(("organisation.forbidden", ErrorKind.Forbidden), (error.Code, error.Kind));
        }

        Assert.Equal([OrganisationRole.Helper], await organisation.GetRoles(helper.PersonId));
        Assert.Equal(3, (await organisation.GetMembers(recruiter.PersonId)).Count);
        Assert.Single(await organisation.GetInvitations(admin.PersonId));
    }

    [Fact]
    public async Task An_admin_of_another_organisation_cannot_act_here()
    {
        var (organisationA, adminA) = await Client.CreatedAsync();
        var (organisationB, adminB) = await Client.CreatedAsync(TestOrganisations.Workshop());
        var recruiterB = await Client.JoinedAsync(organisationB, adminB.PersonId, OrganisationRole.Recruiter, OrganisationRole.Admin);
        var memberA = await Client.JoinedAsync(organisationA, adminA.PersonId, OrganisationRole.Helper);

        foreach (var actor in new[] { adminB.PersonId, recruiterB.PersonId })
        {
            foreach (var command in AdminCommands(organisationA, actor, memberA.PersonId, "inv-any"))
            {
                Assert.Equal("organisation.forbidden", (await Assert.ThrowsAsync<DomainException>(command)).Code);
            }

            Assert.Equal("organisation.forbidden", (await Assert.ThrowsAsync<DomainException>(() => organisationA.GetMembers(actor))).Code);
            Assert.Empty(await organisationA.GetRoles(actor));
        }

        Assert.Equal(2, (await organisationA.GetView()).MemberCount);
    }

    [Fact]
    public async Task Roles_set_by_an_admin_are_mirrored_on_the_person()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var member = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper);
        var organisationId = organisation.GetPrimaryKeyString();

        var updated = await organisation.SetRoles(admin.PersonId, member.PersonId, [OrganisationRole.Streamer, OrganisationRole.Admin]);

        Assert.Equal([OrganisationRole.Admin, OrganisationRole.Streamer], updated.Roles);
        Assert.Equal(updated.Roles, await organisation.GetRoles(member.PersonId));
        Assert.Equal(updated.Roles, await Client.MirroredRolesAsync(member.PersonId, organisationId));

        // The new admin may now manage, including taking admin from the creator.
        await organisation.SetRoles(member.PersonId, admin.PersonId, [OrganisationRole.Recruiter]);
        Assert.Equal([OrganisationRole.Recruiter], await Client.MirroredRolesAsync(admin.PersonId, organisationId));
        Assert.Equal("organisation.forbidden", (await Assert.ThrowsAsync<DomainException>(() => organisation.SetRoles(admin.PersonId, member.PersonId, [OrganisationRole.Helper]))).Code);

        Assert.Equal("organisation.member_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.SetRoles(member.PersonId, "nobody", [OrganisationRole.Helper]))).Code);
        Assert.Equal("organisation.roles_empty", (await Assert.ThrowsAsync<DomainException>(() => organisation.SetRoles(member.PersonId, admin.PersonId, []))).Code);
    }

    [Fact]
    public async Task The_last_admin_cannot_lose_the_role_leave_or_be_removed()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var helper = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper);
        var organisationId = organisation.GetPrimaryKeyString();

        foreach (var command in new Func<Task>[]
        {
            () => organisation.SetRoles(admin.PersonId, admin.PersonId, [OrganisationRole.Recruiter]),
            () => organisation.RemoveMember(admin.PersonId, admin.PersonId),
        })
        {
            var error = await Assert.ThrowsAsync<DomainException>(command);
            Assert.Equal(("organisation.last_admin", ErrorKind.Conflict), (error.Code, error.Kind));
        }

        Assert.Equal([OrganisationRole.Admin], await organisation.GetRoles(admin.PersonId));
        Assert.Equal([OrganisationRole.Admin], await Client.MirroredRolesAsync(admin.PersonId, organisationId));

        // With a second admin, the first may step down and then leave.
        await organisation.SetRoles(admin.PersonId, helper.PersonId, [OrganisationRole.Admin, OrganisationRole.Helper]);
        await organisation.SetRoles(admin.PersonId, admin.PersonId, [OrganisationRole.Recruiter]);
        await organisation.RemoveMember(admin.PersonId, admin.PersonId);

        Assert.Null(await Client.MirroredMembershipAsync(admin.PersonId, organisationId));
        Assert.Equal("organisation.last_admin", (await Assert.ThrowsAsync<DomainException>(() => organisation.RemoveMember(helper.PersonId, helper.PersonId))).Code);
        Assert.Equal(1, (await organisation.GetView()).MemberCount);
    }

    [Fact]
    public async Task Members_leave_or_are_removed_and_lose_their_mirrored_membership()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var leaver = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper);
        var removed = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var organisationId = organisation.GetPrimaryKeyString();

        await organisation.RemoveMember(leaver.PersonId, leaver.PersonId);
        await organisation.RemoveMember(admin.PersonId, removed.PersonId);

        Assert.Equal([admin.PersonId], (await organisation.GetMembers(admin.PersonId)).Select(m => m.Person.PersonId));
        Assert.Null(await Client.MirroredMembershipAsync(leaver.PersonId, organisationId));
        Assert.Null(await Client.MirroredMembershipAsync(removed.PersonId, organisationId));
        Assert.Equal("organisation.forbidden", (await Assert.ThrowsAsync<DomainException>(() => organisation.GetMembers(removed.PersonId))).Code);
        Assert.Equal("organisation.member_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.RemoveMember(leaver.PersonId, leaver.PersonId))).Code);
        Assert.Equal("organisation.member_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.RemoveMember(admin.PersonId, removed.PersonId))).Code);
    }

    [Fact]
    public async Task Forgetting_a_person_removes_them_and_their_invitations_without_calling_them()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var forgotten = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        await organisation.Invite(admin.PersonId, new InvitationInput { Email = forgotten.Email, Roles = [OrganisationRole.Streamer] });
        await organisation.Invite(admin.PersonId, new InvitationInput { Email = "someone-else@example.org", Roles = [OrganisationRole.Helper] });
        var organisationId = organisation.GetPrimaryKeyString();
        var versionBefore = (await organisation.GetView()).Version;

        await organisation.ForgetPerson(forgotten.PersonId);

        Assert.Empty(await organisation.GetRoles(forgotten.PersonId));
        Assert.Equal("someone-else@example.org", Assert.Single(await organisation.GetInvitations(admin.PersonId)).Email);
        var view = await organisation.GetView();
        Assert.Equal(1, view.MemberCount);
        Assert.True(view.Version > versionBefore);
        var payload = await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "organisation", organisationId);
        Assert.DoesNotContain(forgotten.PersonId, payload, StringComparison.Ordinal);
        Assert.DoesNotContain(forgotten.DisplayName, payload, StringComparison.Ordinal);

        // In real erasure the person grain is already gone; untouched here, it proves no call went back to it.
        Assert.NotNull(await Client.MirroredMembershipAsync(forgotten.PersonId, organisationId));

        await organisation.ForgetPerson(forgotten.PersonId);
        Assert.Equal(view.Version, (await organisation.GetView()).Version);
    }

    [Fact]
    public async Task Erasure_removes_even_the_last_admin()
    {
        var (organisation, admin) = await Client.CreatedAsync();

        await organisation.ForgetPerson(admin.PersonId);

        Assert.Equal(0, (await organisation.GetView()).MemberCount);
        Assert.Empty(await organisation.GetRoles(admin.PersonId));
    }

    private static IEnumerable<Func<Task>> AdminCommands(IOrganisationGrain organisation, string actorId, string memberId, string invitationId) =>
    [
        () => organisation.UpdateProfile(actorId, TestOrganisations.Employer(name: "Taken over")),
        () => organisation.Invite(actorId, new InvitationInput { Email = "friend@example.org", Roles = [OrganisationRole.Admin] }),
        () => organisation.GetInvitations(actorId),
        () => organisation.RevokeInvitation(actorId, invitationId),
        () => organisation.SetRoles(actorId, memberId, [OrganisationRole.Admin]),
        () => organisation.SetRoles(actorId, actorId, [OrganisationRole.Admin]),
        () => organisation.RemoveMember(actorId, memberId),
    ];
}
