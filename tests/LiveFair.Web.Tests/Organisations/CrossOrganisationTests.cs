using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

/// <summary>
/// Someone who belongs to organisation B puts organisation A's ids in the URL: every endpoint refuses and A
/// is exactly as it was. Ids in URLs are not permissions.
/// </summary>
[Collection(OrganisationTestGroup.Name)]
public sealed class CrossOrganisationTests(OrganisationsFixture fixture)
{
    public static TheoryData<string> Endpoints =>
    [
        "PUT profile", "GET members", "PUT roles", "DELETE member", "POST invitation", "GET invitations",
        "DELETE invitation", "POST verification", "POST join with B's code", "POST join with A's code for someone else",
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_recruiter_and_an_admin_of_organisation_B_are_refused_on_organisation_A(string endpoint)
    {
        using var adminA = await fixture.SignedInAsync();
        var a = await OrganisationsFixture.CreateAsync(adminA, OrganisationsFixture.Employer("机构甲"));
        using var memberA = await fixture.MemberAsync(adminA, a, "Helper");
        var (codeA, _, invitationA) = await OrganisationsFixture.InviteAsync(adminA, a, "pending@example.com", "Recruiter");

        using var adminB = await fixture.SignedInAsync();
        var b = await OrganisationsFixture.CreateAsync(adminB, OrganisationsFixture.Employer("机构乙"));
        using var recruiterB = await fixture.MemberAsync(adminB, b, "Recruiter");

        var before = await fixture.Grain(a).GetView();
        var membersBefore = JsonSerializer.Serialize(await fixture.Grain(a).GetMembers(adminA.Person.Id));
        var invitationsBefore = JsonSerializer.Serialize(await fixture.Grain(a).GetInvitations(adminA.Person.Id));

        foreach (var outsider in new[] { recruiterB, adminB })
        {
            var (codeB, _, _) = await OrganisationsFixture.InviteAsync(adminB, b, $"b-{Guid.NewGuid():N}@example.com", "Streamer");
            using var response = endpoint switch
            {
                "PUT profile" => await outsider.Http.PutAsJsonAsync($"/api/orgs/{a}", OrganisationsFixture.Employer("被乙改名")),
                "GET members" => await outsider.Http.GetAsync($"/api/orgs/{a}/members"),
                "PUT roles" => await outsider.Http.PutAsJsonAsync($"/api/orgs/{a}/members/{memberA.Person.Id}/roles", new { roles = new[] { "Admin" } }),
                "DELETE member" => await outsider.Http.DeleteAsync($"/api/orgs/{a}/members/{memberA.Person.Id}"),
                "POST invitation" => await outsider.Http.PostAsJsonAsync($"/api/orgs/{a}/invitations", new { email = outsider.Person.Email, roles = new[] { "Admin" } }),
                "GET invitations" => await outsider.Http.GetAsync($"/api/orgs/{a}/invitations"),
                "DELETE invitation" => await outsider.Http.DeleteAsync($"/api/orgs/{a}/invitations/{invitationA}"),
                "POST verification" => await outsider.Http.PostAsJsonAsync($"/api/admin/orgs/{a}/verification", new { verified = true }),
                "POST join with B's code" => await outsider.Http.PostAsJsonAsync($"/api/orgs/{a}/join", new { token = codeB }),
                "POST join with A's code for someone else" => await outsider.Http.PostAsJsonAsync($"/api/orgs/{a}/join", new { token = codeA }),
                _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
            };

            var (status, type) = endpoint switch
            {
                "POST verification" => (HttpStatusCode.Forbidden, (string?)null),
                "POST join with B's code" => (HttpStatusCode.BadRequest, "organisation.invitation_invalid"),
                "POST join with A's code for someone else" => (HttpStatusCode.Forbidden, "organisation.invitation_other_person"),
                _ => (HttpStatusCode.Forbidden, "organisation.forbidden"),
            };
            await ProblemAssertions.AssertProblemAsync(response, status, type);
            Assert.Empty(await fixture.Grain(a).GetRoles(outsider.Person.Id));
        }

        await fixture.AssertUnchangedAsync(a, before);
        Assert.Equal(membersBefore, JsonSerializer.Serialize(await fixture.Grain(a).GetMembers(adminA.Person.Id)));
        Assert.Equal(invitationsBefore, JsonSerializer.Serialize(await fixture.Grain(a).GetInvitations(adminA.Person.Id)));
    }
}
