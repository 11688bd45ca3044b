using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

/// <summary>Markup typed into any text field is kept as typed and always shown as text, never run.</summary>
[Collection(OrganisationTestGroup.Name)]
public sealed class MarkupTests(OrganisationsFixture fixture)
{
    private const string Name = "<script>alert('name')</script>公司";
    private const string City = "<b onmouseover=alert(1)>城</b>";
    private const string Description = "<img src=x onerror=alert('d')>\n第二行 & \"引号\"";
    private const string Industry = "<iframe src=//evil>";
    private const string PersonName = "<svg onload=alert('p')>";

    [Fact]
    public async Task Script_in_every_text_field_is_kept_verbatim_and_rendered_escaped_on_every_page()
    {
        using var admin = await fixture.SignedInAsync(PersonName);
        var id = await OrganisationsFixture.CreateAsync(admin, new
        {
            kind = "Employer", name = Name, city = City, description = Description, industry = Industry, size = "Under20",
        });
        using var member = await fixture.MemberAsync(admin, id, "Helper");
        await fixture.Grain(id).SetVerified(true, "platform-admin-for-test");
        await fixture.Host.CreateRoomAsync(id);
        var (token, _, _) = await OrganisationsFixture.InviteAsync(admin, id, member.Person.Email.Replace("@", "+x@", StringComparison.Ordinal), "Recruiter");

        using var anonymous = fixture.Host.CreateClient();
        var profile = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}")).GetProperty("profile");
        Assert.Equal(Name, profile.GetProperty("name").GetString());
        Assert.Equal(City, profile.GetProperty("city").GetString());
        Assert.Equal(Description, profile.GetProperty("description").GetString());
        Assert.Equal(Industry, profile.GetProperty("industry").GetString());
        var members = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{id}/members");
        Assert.Contains(members.EnumerateArray(), m => m.GetProperty("displayName").GetString() == PersonName);

        using var platformAdmin = await fixture.PlatformAdminAsync();
        var pages = new (HttpClient Client, string Path)[]
        {
            (anonymous, $"/orgs/{id}"),
            (anonymous, "/orgs"),
            (admin.Http, "/orgs"),
            (admin.Http, $"/orgs/{id}/manage"),
            (member.Http, $"/orgs/{id}/manage"),
            (member.Http, $"/orgs/{id}/join?code={Uri.EscapeDataString(token)}"),
            (platformAdmin.Http, "/admin/organisations"),
        };
        foreach (var (client, path) in pages)
        {
            var html = await client.GetStringAsync(path);
            foreach (var raw in new[] { "<script>alert(", "<b onmouseover", "<img src=x", "<iframe", "<svg onload" })
            {
                Assert.DoesNotContain(raw, html, StringComparison.Ordinal);
            }

            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }

        var profilePage = await anonymous.GetStringAsync($"/orgs/{id}");
        Assert.Contains("&lt;img src=x onerror=alert(&#x27;d&#x27;)&gt;&#xA;第二行 &amp; &quot;引号&quot;", profilePage, StringComparison.Ordinal);
        Assert.Contains("&lt;iframe src=//evil&gt;", profilePage, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=alert(&#x27;p&#x27;)&gt;", await admin.Http.GetStringAsync($"/orgs/{id}/manage"), StringComparison.Ordinal);
    }
}
