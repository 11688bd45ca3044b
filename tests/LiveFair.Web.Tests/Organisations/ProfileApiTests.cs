using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class ProfileApiTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task Creating_an_employer_makes_the_creator_its_only_admin_with_the_account_name_and_email()
    {
        using var creator = await fixture.SignedInAsync("创建者 Creator");
        using var response = await creator.Http.PostAsJsonAsync("/api/orgs", OrganisationsFixture.Employer("岭南创建测试"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(body).RootElement;
        var id = created.GetProperty("organisationId").GetString()!;
        Assert.True(OrganisationIds.IsValid(id));
        Assert.StartsWith("org-", id, StringComparison.Ordinal);
        Assert.Equal($"/api/orgs/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Employer", created.GetProperty("profile").GetProperty("kind").GetString());
        Assert.False(created.GetProperty("verified").GetBoolean());

        using var anonymous = fixture.Host.CreateClient();
        var publicView = await anonymous.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}");
        var profile = publicView.GetProperty("profile");
        Assert.Equal("岭南创建测试", profile.GetProperty("name").GetString());
        Assert.Equal("From20To99", profile.GetProperty("size").GetString());
        Assert.Equal(["StepFreeEntrance", "Lift"], profile.GetProperty("accessibilityFacts").EnumerateArray().Select(f => f.GetString()!).ToArray());

        var members = await creator.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}/members");
        var only = Assert.Single(members.EnumerateArray());
        Assert.Equal(creator.Person.Id, only.GetProperty("personId").GetString());
        Assert.Equal("创建者 Creator", only.GetProperty("displayName").GetString());
        Assert.Equal(creator.Person.Email, only.GetProperty("email").GetString());
        Assert.Equal(["Admin"], only.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task An_employer_may_leave_industry_size_and_accessibility_out()
    {
        using var creator = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(creator, new { kind = "Employer", name = "简要用人单位", city = "广州" });
        var profile = (await fixture.Grain(id).GetView()).Profile;
        Assert.Equal((null, null), (profile.Industry, profile.Size));
        Assert.Empty(profile.AccessibilityFacts);
    }

    [Fact]
    public async Task Creating_needs_a_signed_in_person()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/orgs", OrganisationsFixture.Employer());
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, object, string> InvalidProfiles => new()
    {
        { "no kind", new { name = "甲", city = "广州" }, "kind" },
        { "unknown kind number", new { kind = 9, name = "甲", city = "广州" }, "kind" },
        { "empty name", new { kind = "Workshop", name = "  ", city = "广州" }, "name" },
        { "long name", new { kind = "Workshop", name = new string('名', OrganisationLimits.Name + 1), city = "广州" }, "name" },
        { "no city", new { kind = "Workshop", name = "甲" }, "city" },
        { "long description", new { kind = "Workshop", name = "甲", city = "广州", description = new string('字', OrganisationLimits.Description + 1) }, "description" },
        { "employer with an unknown size", new { kind = "Employer", name = "甲", city = "广州", size = 12 }, "size" },
        { "employer with a long industry", new { kind = "Employer", name = "甲", city = "广州", industry = new string('业', OrganisationLimits.Industry + 1) }, "industry" },
        { "workshop with industry", new { kind = "Workshop", name = "甲", city = "广州", industry = "物流" }, "industry" },
        { "service with accessibility facts", new { kind = "ServiceOrganisation", name = "甲", city = "广州", accessibilityFacts = new[] { "Lift" } }, "accessibilityFacts" },
    };

    [Theory]
    [MemberData(nameof(InvalidProfiles))]
    public async Task An_invalid_profile_is_refused_field_by_field_and_nothing_is_created(string why, object profile, string field)
    {
        using var creator = await fixture.SignedInAsync();
        using var response = await creator.Http.PostAsJsonAsync("/api/orgs", profile);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "organisation.invalid_input");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{why}: expected an error for {field}, got {errors}");

        var access = await fixture.Host.Grains.GetGrain<LiveFair.Contracts.People.IPersonGrain>(creator.Person.Id).GetAccess();
        Assert.Empty(access.Memberships);
    }

    [Fact]
    public async Task An_admin_edits_the_profile()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var response = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}", new
        {
            kind = "Employer",
            name = "改名后的公司",
            city = "广州",
            description = "第一行\n第二行",
            industry = "物流",
            size = "From1000",
            accessibilityFacts = new[] { "SignLanguageColleagues" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var profile = (await fixture.Grain(id).GetView()).Profile;
        Assert.Equal("改名后的公司", profile.Name);
        Assert.Equal("第一行\n第二行", profile.Description);
        Assert.Equal(CompanySize.From1000, profile.Size);
        Assert.Equal([WorkplaceAccessibility.SignLanguageColleagues], profile.AccessibilityFacts);
    }

    [Fact]
    public async Task A_member_who_is_not_admin_and_an_admin_of_another_organisation_cannot_edit_and_nothing_changes()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var recruiter = await fixture.MemberAsync(admin, id, "Recruiter", "Streamer", "Helper");
        using var otherAdmin = await fixture.SignedInAsync();
        await OrganisationsFixture.CreateAsync(otherAdmin);
        var before = await fixture.Grain(id).GetView();

        foreach (var outsider in new[] { recruiter, otherAdmin })
        {
            using var response = await outsider.Http.PutAsJsonAsync($"/api/orgs/{id}", OrganisationsFixture.Employer("被篡改"));
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "organisation.forbidden");
        }

        await fixture.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task The_kind_cannot_change_once_created()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var response = await admin.Http.PutAsJsonAsync($"/api/orgs/{id}", OrganisationsFixture.Workshop());
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "organisation.kind_fixed");
        Assert.Equal(OrganisationKind.Employer, (await fixture.Grain(id).GetView()).Profile.Kind);
    }
}
