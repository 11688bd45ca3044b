using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.People;
using Xunit;

namespace LiveFair.Silo.Tests.Organisations;

/// <summary>Creating an organisation, its profile and verification.</summary>
public sealed class OrganisationLifecycleTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task The_creator_becomes_its_first_admin_and_their_person_knows_it()
    {
        var admin = await Client.RegisteredIdentityAsync();
        var organisation = Client.Organisation(TestOrganisations.NewId());

        var view = await organisation.Create(TestOrganisations.Employer(), admin);

        Assert.Equal(organisation.GetPrimaryKeyString(), view.OrganisationId);
        Assert.Equal(TestOrganisations.Employer().Name, view.Profile.Name);
        Assert.Equal(1, view.MemberCount);
        Assert.False(view.Verified);
        Assert.Null(view.VerifiedAt);
        Assert.True(view.Version >= 1);
        Assert.Equal([OrganisationRole.Admin], await organisation.GetRoles(admin.PersonId));
        var member = Assert.Single(await organisation.GetMembers(admin.PersonId));
        Assert.Equal(admin, member.Person);

        var membership = await Client.MirroredMembershipAsync(admin.PersonId, view.OrganisationId);
        Assert.NotNull(membership);
        Assert.Equal(view.Profile.Name, membership.OrganisationName);
        Assert.Equal(OrganisationKind.Employer, membership.OrganisationKind);
        Assert.Equal([OrganisationRole.Admin], membership.Roles);
    }

    [Fact]
    public async Task Creating_an_existing_organisation_is_a_conflict_and_changes_nothing()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var before = await organisation.GetView();
        var intruder = await Client.RegisteredIdentityAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => organisation.Create(TestOrganisations.Workshop(), intruder));

        Assert.Equal(("organisation.exists", ErrorKind.Conflict), (error.Code, error.Kind));
        TestPeople.AssertSameContent(before, await organisation.GetView());
        Assert.Empty(await organisation.GetRoles(intruder.PersonId));
        Assert.Null(await Client.MirroredMembershipAsync(intruder.PersonId, before.OrganisationId));
    }

    [Fact]
    public async Task Create_is_refused_for_a_bad_id_an_unknown_person_or_an_invalid_profile()
    {
        var admin = await Client.RegisteredIdentityAsync();
        var cases = new (string Code, string Id, OrganisationProfile Profile, MemberIdentity Creator)[]
        {
            ("organisation.invalid_id", "Not An Id", TestOrganisations.Employer(), admin),
            ("organisation.person_not_found", TestOrganisations.NewId(), TestOrganisations.Employer(), TestOrganisations.Identity(TestPeople.NewId())),
            ("organisation.invalid_for_kind", TestOrganisations.NewId(), TestOrganisations.Workshop() with { Size = CompanySize.Under20 }, admin),
            ("organisation.name.empty", TestOrganisations.NewId(), TestOrganisations.Employer(name: ""), admin),
            ("organisation.invalid_email", TestOrganisations.NewId(), TestOrganisations.Employer(), admin with { Email = "admin" }),
        };

        foreach (var (code, id, profile, creator) in cases)
        {
            var organisation = Client.Organisation(id);
            Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(() => organisation.Create(profile, creator))).Code);
            Assert.Equal("organisation.not_found", (await Assert.ThrowsAsync<DomainException>(organisation.GetView)).Code);
        }

        Assert.Empty((await Client.Person(admin.PersonId).GetAccess()).Memberships);
    }

    [Fact]
    public async Task Every_command_on_an_unknown_organisation_is_not_found()
    {
        var organisation = Client.Organisation(TestOrganisations.NewId());
        var commands = new Func<Task>[]
        {
            organisation.GetView,
            () => organisation.UpdateProfile("p", TestOrganisations.Employer()),
            () => organisation.GetRoles("p"),
            () => organisation.GetMembers("p"),
            () => organisation.Invite("p", new InvitationInput { Email = "a@example.org", Roles = [OrganisationRole.Helper] }),
            () => organisation.GetInvitations("p"),
            () => organisation.RevokeInvitation("p", "inv-1"),
            () => organisation.AcceptInvitation("lfo_x", TestOrganisations.Identity("person-abcdef")),
            () => organisation.SetRoles("p", "q", [OrganisationRole.Helper]),
            () => organisation.RemoveMember("p", "q"),
            () => organisation.SetVerified(true, "platform-admin"),
        };

        foreach (var command in commands)
        {
            var error = await Assert.ThrowsAsync<DomainException>(command);
            Assert.Equal(("organisation.not_found", ErrorKind.NotFound), (error.Code, error.Kind));
        }

        // Erasure walks organisation lists without knowing which still exist.
        await organisation.ForgetPerson("p");
    }

    [Fact]
    public async Task An_admin_updates_the_profile_and_every_member_sees_the_new_name()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter);
        var before = await organisation.GetView();

        var view = await organisation.UpdateProfile(admin.PersonId, TestOrganisations.Employer(name: "新名字 <i>Renamed</i>") with { City = "  广州 " });

        Assert.Equal("新名字 <i>Renamed</i>", view.Profile.Name);
        Assert.Equal("广州", view.Profile.City);
        Assert.True(view.Version > before.Version);
        Assert.Equal(before.CreatedAt, view.CreatedAt);
        foreach (var personId in new[] { admin.PersonId, recruiter.PersonId })
        {
            Assert.Equal("新名字 <i>Renamed</i>", (await Client.MirroredMembershipAsync(personId, view.OrganisationId))?.OrganisationName);
        }
    }

    [Fact]
    public async Task The_kind_is_fixed_and_employer_fields_stay_with_employers()
    {
        var (workshop, admin) = await Client.CreatedAsync(TestOrganisations.Workshop());
        var before = await workshop.GetView();

        var kindChange = await Assert.ThrowsAsync<DomainException>(() => workshop.UpdateProfile(admin.PersonId, TestOrganisations.Employer()));
        var industry = await Assert.ThrowsAsync<DomainException>(() => workshop.UpdateProfile(admin.PersonId, TestOrganisations.Workshop() with { Industry = "Crafts" }));

        Assert.Equal(("organisation.kind_fixed", ErrorKind.Invalid), (kindChange.Code, kindChange.Kind));
        Assert.Equal(("organisation.invalid_for_kind", ErrorKind.Invalid), (industry.Code, industry.Kind));
        TestPeople.AssertSameContent(before, await workshop.GetView());
    }

    [Fact]
    public async Task Only_admins_update_the_profile()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Recruiter, OrganisationRole.Streamer);
        var outsider = await Client.RegisteredIdentityAsync();
        var before = await organisation.GetView();

        foreach (var actor in new[] { recruiter.PersonId, outsider.PersonId, "", "nobody" })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => organisation.UpdateProfile(actor, TestOrganisations.Employer(name: "Taken over")));
            Assert.Equal(("organisation.forbidden", ErrorKind.Forbidden), (error.Code, error.Kind));
        }

        TestPeople.AssertSameContent(before, await organisation.GetView());
    }

    [Fact]
    public async Task Verification_records_when_and_by_whom()
    {
        var (organisation, _) = await Client.CreatedAsync();
        var created = await organisation.GetView();

        var verified = await organisation.SetVerified(true, "platform-admin-7");
        var again = await organisation.SetVerified(true, "platform-admin-8");

        Assert.True(verified.Verified);
        Assert.NotNull(verified.VerifiedAt);
        Assert.True(verified.VerifiedAt >= created.CreatedAt);
        Assert.True(verified.Version > created.Version);
        Assert.Equal(verified.VerifiedAt, again.VerifiedAt);
        Assert.Equal(verified.Version, again.Version);
        var payload = await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "organisation", created.OrganisationId);
        Assert.Contains("\"VerificationChangedBy\":\"platform-admin-7\"", payload, StringComparison.Ordinal);

        var unverified = await organisation.SetVerified(false, "platform-admin-9");
        Assert.False(unverified.Verified);
        Assert.Null(unverified.VerifiedAt);
        Assert.Contains("\"VerificationChangedBy\":\"platform-admin-9\"", await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "organisation", created.OrganisationId), StringComparison.Ordinal);

        Assert.Equal("organisation.platform_admin_id.empty", (await Assert.ThrowsAsync<DomainException>(() => organisation.SetVerified(true, " "))).Code);
        Assert.False((await organisation.GetView()).Verified);
    }

    [Fact]
    public async Task The_version_rises_with_every_change_and_only_then()
    {
        var (organisation, admin) = await Client.CreatedAsync();
        var versions = new List<long> { (await organisation.GetView()).Version };

        var invitation = await organisation.Invite(admin.PersonId, new InvitationInput { Email = "x@example.org", Roles = [OrganisationRole.Helper] });
        versions.Add((await organisation.GetView()).Version);
        await organisation.RevokeInvitation(admin.PersonId, invitation.InvitationId);
        versions.Add((await organisation.GetView()).Version);
        var helper = await Client.JoinedAsync(organisation, admin.PersonId, OrganisationRole.Helper);
        versions.Add((await organisation.GetView()).Version);
        await organisation.SetRoles(admin.PersonId, helper.PersonId, [OrganisationRole.Streamer]);
        versions.Add((await organisation.GetView()).Version);
        await organisation.RemoveMember(admin.PersonId, helper.PersonId);
        versions.Add((await organisation.GetView()).Version);

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());

        await organisation.GetMembers(admin.PersonId);
        await organisation.GetInvitations(admin.PersonId);
        await Assert.ThrowsAsync<DomainException>(() => organisation.SetRoles(admin.PersonId, admin.PersonId, []));
        Assert.Equal(versions[^1], (await organisation.GetView()).Version);
    }
}
