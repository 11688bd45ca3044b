using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.People;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Inviting and joining. Expiry is covered with an explicit clock in <see cref="InvitationRulesTests"/>.</summary>
public sealed class InvitationTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task An_invited_person_joins_with_the_invited_roles_once()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var person = await Client.RegisteredIdentityAsync();

        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = person.Email.ToUpperInvariant(), Roles = [OrganisationRole.Streamer, OrganisationRole.Recruiter] });

        Assert.Equal(person.Email, invitation.Email);
        Assert.Equal(organisation.GetPrimaryKeyString(), invitation.OrganisationId);
        Assert.Equal(invitation.CreatedAt + OrganisationLimits.InvitationLifetime, invitation.ExpiresAt);
        Assert.StartsWith("lfo_", invitation.Token, StringComparison.Ordinal);
        var listed = Assert.Single(await organisation.GetInvitations(admin.PersonId));
        Assert.Null(listed.Token);
        Assert.Equal(invitation.InvitationId, listed.InvitationId);
        var payload = await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "organisation", organisation.GetPrimaryKeyString());
        Assert.DoesNotContain(invitation.Token!, payload, StringComparison.Ordinal);

        var member = await organisation.AcceptInvitation(invitation.Token!, person);

        Assert.Equal(person, member.Person);
        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Streamer], member.Roles);
        Assert.Equal(member.Roles, await organisation.GetRoles(person.PersonId));
        Assert.Equal(member.Roles, await Client.MirroredRolesAsync(person.PersonId, organisation.GetPrimaryKeyString()));
        Assert.Equal(2, (await organisation.GetView()).MemberCount);
        Assert.Empty(await organisation.GetInvitations(admin.PersonId));

        var reuse = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(invitation.Token!, person));
        Assert.Equal(("organisation.invitation_not_found", ErrorKind.NotFound), (reuse.Code, reuse.Kind));
    }

    [Fact]
    public async Task Someone_with_another_email_cannot_use_the_invitation_and_it_stays_open()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var invited = await Client.RegisteredIdentityAsync();
        var other = await Client.RegisteredIdentityAsync();
        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = invited.Email, Roles = [OrganisationRole.Helper] });

        var error = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(invitation.Token!, other));

        Assert.Equal(("organisation.invitation_other_person", ErrorKind.Forbidden), (error.Code, error.Kind));
        Assert.Empty(await organisation.GetRoles(other.PersonId));
        Assert.Empty((await Client.Person(other.PersonId).GetAccess()).Memberships);
        Assert.Single(await organisation.GetInvitations(admin.PersonId));

        // Case does not matter for the right person.
        var member = await organisation.AcceptInvitation(invitation.Token!, invited with { Email = invited.Email.ToUpperInvariant() });
        Assert.Equal([OrganisationRole.Helper], member.Roles);
    }

    [Fact]
    public async Task Unknown_tokens_and_unregistered_people_are_refused()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var unregistered = TestOrganisations.Identity(TestPeople.NewId());
        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = unregistered.Email, Roles = [OrganisationRole.Helper] });

        foreach (var token in new[] { "lfo_unknown", "", invitation.Token! + "x" })
        {
            Assert.Equal("organisation.invitation_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(token, unregistered))).Code);
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(invitation.Token!, unregistered));
        Assert.Equal(("organisation.person_not_found", ErrorKind.NotFound), (error.Code, error.Kind));
        Assert.Single(await organisation.GetInvitations(admin.PersonId));
        Assert.Equal(1, (await organisation.GetView()).MemberCount);
    }

    [Fact]
    public async Task A_new_invitation_to_the_same_address_replaces_the_old_one()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var person = await Client.RegisteredIdentityAsync();
        var first = await organisation.Invite(admin.PersonId, new InvitationInput { Email = person.Email, Roles = [OrganisationRole.Helper] });

        var second = await organisation.Invite(admin.PersonId, new InvitationInput { Email = " " + person.Email.ToUpperInvariant(), Roles = [OrganisationRole.Recruiter] });

        Assert.NotEqual(first.InvitationId, second.InvitationId);
        Assert.Equal(second.InvitationId, Assert.Single(await organisation.GetInvitations(admin.PersonId)).InvitationId);
        Assert.Equal("organisation.invitation_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(first.Token!, person))).Code);
        Assert.Equal([OrganisationRole.Recruiter], (await organisation.AcceptInvitation(second.Token!, person)).Roles);
    }

    [Fact]
    public async Task A_member_who_accepts_another_invitation_keeps_their_roles_and_gains_the_new_ones()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var member = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var joinedAt = (await organisation.GetMembers(admin.PersonId)).Single(m => m.Person.PersonId == member.PersonId).JoinedAt;
        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = member.Email, Roles = [OrganisationRole.Streamer, OrganisationRole.Recruiter] });

        var merged = await organisation.AcceptInvitation(invitation.Token!, member with { DisplayName = "New display name" });

        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Streamer], merged.Roles);
        Assert.Equal(joinedAt, merged.JoinedAt);
        Assert.Equal("New display name", merged.Person.DisplayName);
        Assert.Equal(2, (await organisation.GetView()).MemberCount);
        Assert.Equal(merged.Roles, await Client.MirroredRolesAsync(member.PersonId, organisation.GetPrimaryKeyString()));
    }

    [Fact]
    public async Task Revoked_invitations_cannot_be_used()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var person = await Client.RegisteredIdentityAsync();
        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = person.Email, Roles = [OrganisationRole.Helper] });

        await organisation.RevokeInvitation(admin.PersonId, invitation.InvitationId);

        Assert.Empty(await organisation.GetInvitations(admin.PersonId));
        Assert.Equal("organisation.invitation_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.AcceptInvitation(invitation.Token!, person))).Code);
        Assert.Equal("organisation.invitation_not_found", (await Assert.ThrowsAsync<DomainException>(() => organisation.RevokeInvitation(admin.PersonId, invitation.InvitationId))).Code);
    }

    [Fact]
    public async Task At_most_fifty_invitations_are_open_at_once()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        for (var i = 0; i < OrganisationLimits.MaxInvitations; i++)
        {
            await organisation.Invite(admin.PersonId, new InvitationInput { Email = $"person{i}@example.org", Roles = [OrganisationRole.Helper] });
        }

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            organisation.Invite(admin.PersonId, new InvitationInput { Email = "one-more@example.org", Roles = [OrganisationRole.Helper] }));

        Assert.Equal(("organisation.too_many_invitations", ErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Equal(OrganisationLimits.MaxInvitations, (await organisation.GetInvitations(admin.PersonId)).Count);

        // Replacing one that is already open does not add to the count.
        await organisation.Invite(admin.PersonId, new InvitationInput { Email = "person7@example.org", Roles = [OrganisationRole.Recruiter] });
        Assert.Equal(OrganisationLimits.MaxInvitations, (await organisation.GetInvitations(admin.PersonId)).Count);
    }

    [Fact]
    public async Task Invalid_invitations_are_refused()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var cases = new (string Code, InvitationInput Input)[]
        {
            ("organisation.invalid_email", new InvitationInput { Email = "not-an-email", Roles = [OrganisationRole.Helper] }),
            ("organisation.invalid_email", new InvitationInput { Email = new string('a', 250) + "@example.org", Roles = [OrganisationRole.Helper] }),
            ("organisation.roles_empty", new InvitationInput { Email = "a@example.org", Roles = [] }),
            ("organisation.duplicate_role", new InvitationInput { Email = "a@example.org", Roles = [OrganisationRole.Admin, OrganisationRole.Admin] }),
            ("organisation.invalid_role", new InvitationInput { Email = "a@example.org", Roles = [(OrganisationRole)99] }),
        };

        foreach (var (code, input) in cases)
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => organisation.Invite(admin.PersonId, input));
            Assert.Equal((code, ErrorKind.Invalid), (error.Code, error.Kind));
        }

        Assert.Empty(await organisation.GetInvitations(admin.PersonId));
    }
}
