using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class VerificationApiTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task A_platform_admin_verifies_and_unverifies_and_everyone_sees_it()
    {
        using var founder = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Workshop("认证测试工坊"));
        using var platformAdmin = await fixture.PlatformAdminAsync();
        using var anonymous = fixture.Host.CreateClient();

        using var verified = await platformAdmin.Http.PostAsJsonAsync($"/api/admin/orgs/{id}/verification", new { verified = true });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var view = await anonymous.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}");
        Assert.True(view.GetProperty("verified").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("verifiedAt").ValueKind);

        using var unverified = await platformAdmin.Http.PostAsJsonAsync($"/api/admin/orgs/{id}/verification", new { verified = false });
        Assert.Equal(HttpStatusCode.OK, unverified.StatusCode);
        Assert.False((await anonymous.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}")).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Nobody_else_verifies_not_even_the_organisations_own_admin()
    {
        using var founder = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(founder);
        var before = await fixture.Grain(id).GetView();

        using var own = await founder.Http.PostAsJsonAsync($"/api/admin/orgs/{id}/verification", new { verified = true });
        await ProblemAssertions.AssertProblemAsync(own, HttpStatusCode.Forbidden);
        using var anonymous = fixture.Host.CreateClient();
        using var unauthenticated = await anonymous.PostAsJsonAsync($"/api/admin/orgs/{id}/verification", new { verified = true });
        await ProblemAssertions.AssertProblemAsync(unauthenticated, HttpStatusCode.Unauthorized);
        await fixture.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Verification_needs_a_yes_or_no_and_an_existing_organisation()
    {
        using var platformAdmin = await fixture.PlatformAdminAsync();
        using var founder = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(founder);

        using var missing = await platformAdmin.Http.PostAsJsonAsync($"/api/admin/orgs/{id}/verification", new { });
        await ProblemAssertions.AssertProblemAsync(missing, HttpStatusCode.BadRequest, "organisation.invalid_input");
        using var notBool = await platformAdmin.Http.PostAsync($"/api/admin/orgs/{id}/verification", new StringContent("{\"verified\":\"yes\"}", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssertions.AssertProblemAsync(notBool, HttpStatusCode.BadRequest);
        using var unknown = await platformAdmin.Http.PostAsJsonAsync("/api/admin/orgs/org-0000000000/verification", new { verified = true });
        await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound, "organisation.not_found");
        Assert.False((await fixture.Grain(id).GetView()).Verified);
    }
}
