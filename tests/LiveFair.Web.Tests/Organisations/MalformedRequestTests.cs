using System.Net;
using System.Text;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class MalformedRequestTests(OrganisationsFixture fixture)
{
    public static TheoryData<string, string> MalformedIds => new()
    {
        { "GET", "/api/orgs/ORG-UPPER" },
        { "GET", "/api/orgs/a" },
        { "GET", "/api/orgs/-starts-with-dash" },
        { "GET", "/api/orgs/org_underscore" },
        { "GET", "/api/orgs/%3Cscript%3E" },
        { "PUT", "/api/orgs/ORG-UPPER" },
        { "GET", "/api/orgs/ORG-UPPER/members" },
        { "PUT", "/api/orgs/ORG-UPPER/members/someone/roles" },
        { "DELETE", "/api/orgs/ORG-UPPER/members/someone" },
        { "POST", "/api/orgs/ORG-UPPER/invitations" },
        { "GET", "/api/orgs/ORG-UPPER/invitations" },
        { "DELETE", "/api/orgs/ORG-UPPER/invitations/inv-1" },
        { "POST", "/api/orgs/ORG-UPPER/join" },
        { "POST", "/api/admin/orgs/ORG-UPPER/verification" },
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_malformed_organisation_id_is_not_found(string method, string path)
    {
        using var person = await fixture.SignedInAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await person.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_well_formed_organisation_is_not_found()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var response = await anonymous.GetAsync("/api/orgs/org-ffffffffff");
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound, "organisation.not_found");
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/api/orgs", "{ not json" },
        { "POST", "/api/orgs", "" },
        { "POST", "/api/orgs", "null" },
        { "POST", "/api/orgs", "[]" },
        { "POST", "/api/orgs", "{\"kind\":\"Spaceship\",\"name\":\"甲\",\"city\":\"广州\"}" },
        { "POST", "/api/orgs", "{\"kind\":\"Workshop\",\"name\":42,\"city\":\"广州\"}" },
        { "PUT", "/api/orgs/{id}", "{ not json" },
        { "POST", "/api/orgs/{id}/invitations", "{\"email\":[],\"roles\":[\"Helper\"]}" },
        { "PUT", "/api/orgs/{id}/members/{me}/roles", "{\"roles\":\"Admin\"}" },
        { "POST", "/api/orgs/{id}/join", "{\"token\":5}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_that_cannot_be_read_is_a_bad_request_with_problem_details(string method, string path, string body)
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        var before = await fixture.Grain(id).GetView();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", id, StringComparison.Ordinal).Replace("{me}", admin.Person.Id, StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await admin.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await fixture.AssertUnchangedAsync(id, before);
    }
}
