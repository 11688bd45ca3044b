using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class MemberApiTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task Members_are_listed_to_members_only_and_emails_to_admins_only()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var recruiter = await fixture.MemberAsync(admin, id, "Recruiter");

        var seenByAdmin = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}/members");
        Assert.Equal(2, seenByAdmin.GetArrayLength());
        Assert.All(seenByAdmin.EnumerateArray(), member => Assert.Contains("@", member.GetProperty("email").GetString(), StringComparison.Ordinal));

        var seenByRecruiter = await recruiter.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}/members");
        Assert.Equal(2, seenByRecruiter.GetArrayLength());
        Assert.All(seenByRecruiter.EnumerateArray(), member => Assert.Equal(JsonValueKind.Null, member.GetProperty("email").ValueKind));

        using var outsider = await fixture.SignedInAsync();
        using var refused = await outsider.Http.GetAsync($"/api/orgs/{id}/members");
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Forbidden, "organisation.forbidden");

        using var anonymous = fixture.Host.CreateClient();
        using var unauthenticated = await anonymous.GetAsync($"/api/orgs/{id}/members");
        await ProblemAssertions.AssertProblemAsync(unauthenticated, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_changes_roles_and_the_member_has_them_on_the_next_request()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var member = await fixture.MemberAsync(admin, id, "Helper");

        using var response = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{member.Person.Id}/roles", new { roles = new[] { "Streamer", "Recruiter", "Streamer" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roles = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("roles");
        Assert.Equal(["Recruiter", "Streamer"], roles.EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Streamer], await fixture.Grain(id).GetRoles(member.Person.Id));

        // The member may now see the manage page as a member, and still may not act as an admin.
        using var invite = await member.Http.PostAsJsonAsync($"/api/orgs/{id}/invitations", new { email = "x@example.com", roles = new[] { "Admin" } });
        await ProblemAssertions.AssertProblemAsync(invite, HttpStatusCode.Forbidden, "organisation.forbidden");
    }

    [Fact]
    public async Task A_member_who_is_not_admin_cannot_change_roles_or_remove_others()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var recruiter = await fixture.MemberAsync(admin, id, "Recruiter");
        using var helper = await fixture.MemberAsync(admin, id, "Helper");

        using var promote = await recruiter.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{recruiter.Person.Id}/roles", new { roles = new[] { "Admin" } });
        await ProblemAssertions.AssertProblemAsync(promote, HttpStatusCode.Forbidden, "organisation.forbidden");
        using var remove = await recruiter.Http.DeleteAsync($"/api/orgs/{id}/members/{helper.Person.Id}");
        await ProblemAssertions.AssertProblemAsync(remove, HttpStatusCode.Forbidden, "organisation.forbidden");

        Assert.Equal([OrganisationRole.Recruiter], await fixture.Grain(id).GetRoles(recruiter.Person.Id));
        Assert.Equal([OrganisationRole.Helper], await fixture.Grain(id).GetRoles(helper.Person.Id));
    }

    [Fact]
    public async Task The_last_admin_can_neither_drop_the_admin_role_nor_leave()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var recruiter = await fixture.MemberAsync(admin, id, "Recruiter");

        using var demote = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{admin.Person.Id}/roles", new { roles = new[] { "Recruiter" } });
        await ProblemAssertions.AssertProblemAsync(demote, HttpStatusCode.Conflict, "organisation.last_admin");
        using var leave = await admin.Http.DeleteAsync($"/api/orgs/{id}/members/{admin.Person.Id}");
        await ProblemAssertions.AssertProblemAsync(leave, HttpStatusCode.Conflict, "organisation.last_admin");
        Assert.Equal([OrganisationRole.Admin], await fixture.Grain(id).GetRoles(admin.Person.Id));

        // With a second admin, the first may step down.
        using var promote = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{recruiter.Person.Id}/roles", new { roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        using var left = await admin.Http.DeleteAsync($"/api/orgs/{id}/members/{admin.Person.Id}");
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Empty(await fixture.Grain(id).GetRoles(admin.Person.Id));
    }

    [Fact]
    public async Task An_admin_removes_a_member_and_a_member_leaves_by_themselves()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var removed = await fixture.MemberAsync(admin, id, "Recruiter");
        using var leaving = await fixture.MemberAsync(admin, id, "Helper");

        using var removal = await admin.Http.DeleteAsync($"/api/orgs/{id}/members/{removed.Person.Id}");
        Assert.Equal(HttpStatusCode.NoContent, removal.StatusCode);
        using var leave = await leaving.Http.DeleteAsync($"/api/orgs/{id}/members/{leaving.Person.Id}");
        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);

        foreach (var former in new[] { removed, leaving })
        {
            using var refused = await former.Http.GetAsync($"/api/orgs/{id}/members");
            await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Forbidden, "organisation.forbidden");
            var access = await fixture.Host.Grains.GetGrain<LiveFair.Contracts.People.IPersonGrain>(former.Person.Id).GetAccess();
            Assert.DoesNotContain(access.Memberships, membership => membership.OrganisationId == id);
        }

        Assert.Equal(1, (await fixture.Grain(id).GetView()).MemberCount);
    }

    [Fact]
    public async Task Roles_must_be_listed_ones_and_at_least_one()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var member = await fixture.MemberAsync(admin, id, "Helper");

        foreach (var body in new object[] { new { roles = Array.Empty<string>() }, new { }, new { roles = new[] { 7 } } })
        {
            using var response = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{member.Person.Id}/roles", body);
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "organisation.invalid_input");
        }

        using var unknownName = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}/members/{member.Person.Id}/roles", new { roles = new[] { "Owner" } });
        await ProblemAssertions.AssertProblemAsync(unknownName, HttpStatusCode.BadRequest);
        Assert.Equal([OrganisationRole.Helper], await fixture.Grain(id).GetRoles(member.Person.Id));
    }
}
