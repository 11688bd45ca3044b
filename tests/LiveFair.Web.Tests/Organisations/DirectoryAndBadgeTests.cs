using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class DirectoryAndBadgeTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task The_public_directory_lists_kind_city_and_verification_and_filters_by_them()
    {
        using var founder = await fixture.SignedInAsync();
        var employer = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Employer("名录用人单位"));
        var workshop = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Workshop("名录工坊"));
        await fixture.Grain(employer).SetVerified(true, "platform-admin-for-test");

        using var anonymous = fixture.Host.CreateClient();
        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/orgs");
        var listed = all.EnumerateArray().Single(entry => entry.GetProperty("organisationId").GetString() == employer);
        Assert.Equal("名录用人单位", listed.GetProperty("name").GetString());
        Assert.Equal("Employer", listed.GetProperty("kind").GetString());
        Assert.Equal("深圳", listed.GetProperty("city").GetString());
        Assert.True(listed.GetProperty("verified").GetBoolean());

        var verified = await anonymous.GetFromJsonAsync<JsonElement>("/api/orgs?verified=true");
        Assert.All(verified.EnumerateArray(), entry => Assert.True(entry.GetProperty("verified").GetBoolean()));
        Assert.DoesNotContain(verified.EnumerateArray(), entry => entry.GetProperty("organisationId").GetString() == workshop);
        var workshops = await anonymous.GetFromJsonAsync<JsonElement>("/api/orgs?kind=Workshop&verified=false");
        Assert.Contains(workshops.EnumerateArray(), entry => entry.GetProperty("organisationId").GetString() == workshop);
        Assert.All(workshops.EnumerateArray(), entry => Assert.Equal("Workshop", entry.GetProperty("kind").GetString()));

        using var badKind = await anonymous.GetAsync("/api/orgs?kind=Spaceship");
        await ProblemAssertions.AssertProblemAsync(badKind, HttpStatusCode.BadRequest);

        var page = await anonymous.GetStringAsync("/orgs?kind=Employer&verifiedOnly=true");
        Assert.Contains("名录用人单位", page, StringComparison.Ordinal);
        Assert.DoesNotContain("名录工坊", page, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">✓ </span>已认证</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_organisations_show_my_roles_and_a_manage_link()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin, OrganisationsFixture.Workshop("我的工坊"));
        using var member = await fixture.MemberAsync(admin, id, "Streamer", "Helper");

        var page = await member.Http.GetStringAsync("/orgs?culture=en");
        Assert.Contains("My roles: Streamer, Helper or captioner", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/orgs/{id}/manage\">Manage 我的工坊</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lobby_and_the_room_page_show_the_badge_only_for_a_verified_host()
    {
        using var founder = await fixture.SignedInAsync();
        var verifiedHost = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Workshop("已认证主办"));
        var unverifiedHost = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Workshop("未认证主办"));
        await fixture.Grain(verifiedHost).SetVerified(true, "platform-admin-for-test");
        var verifiedRoom = await fixture.Host.CreateRoomAsync(verifiedHost);
        var unverifiedRoom = await fixture.Host.CreateRoomAsync(unverifiedHost);

        using var anonymous = fixture.Host.CreateClient();
        var lobby = await anonymous.GetStringAsync("/?culture=en");
        Assert.Matches($"<a href=\"/rooms/{verifiedRoom}\"(?:(?!</li>).)*Host: Organisation {verifiedHost}\\s*<span class=\"badge badge-verified\"><span aria-hidden=\"true\">✓ </span>Verified</span>", Singleline(lobby));
        Assert.DoesNotMatch($"<a href=\"/rooms/{unverifiedRoom}\"(?:(?!</li>).)*badge-verified", Singleline(lobby));

        Assert.Contains("badge-verified", await anonymous.GetStringAsync($"/rooms/{verifiedRoom}"), StringComparison.Ordinal);
        Assert.DoesNotContain("badge-verified", await anonymous.GetStringAsync($"/rooms/{unverifiedRoom}"), StringComparison.Ordinal);

        // A host that has no organisation record is shown without a badge, not as an error.
        var orphanRoom = await fixture.Host.CreateRoomAsync("org-not-created");
        using var orphan = await anonymous.GetAsync($"/rooms/{orphanRoom}");
        Assert.Equal(HttpStatusCode.OK, orphan.StatusCode);
        Assert.DoesNotContain("badge-verified", await orphan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RoomStatus.Live, (await fixture.Host.Grains.GetGrain<IRoomGrain>(orphanRoom).GetSnapshot()).Status);
    }

    [Fact]
    public async Task The_admin_page_is_for_platform_admins_lists_unverified_first_and_verifies()
    {
        using var founder = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(founder, OrganisationsFixture.Employer("待认证的公司"));
        using var platformAdmin = await fixture.PlatformAdminAsync();

        using var refused = await founder.Http.GetAsync("/admin/organisations");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/organisations", await founder.Http.GetStringAsync("/"), StringComparison.Ordinal);

        var home = await platformAdmin.Http.GetStringAsync("/");
        Assert.Contains("<a href=\"/admin/organisations\">平台管理</a>", home, StringComparison.Ordinal);
        var page = await platformAdmin.Http.GetStringAsync("/admin/organisations");
        var unverified = page.IndexOf("id=\"unverified-heading\"", StringComparison.Ordinal);
        var verified = page.IndexOf("id=\"verified-heading\"", StringComparison.Ordinal);
        var listed = page.IndexOf("认证 待认证的公司", StringComparison.Ordinal);
        Assert.True(unverified >= 0 && unverified < listed && listed < verified, "the organisation is listed among the unverified, which come first");

        using var forged = await PageForms.PostAsync(founder.Http, "/orgs/new", "/admin/organisations", ("organisationId", id), ("verified", "true"));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.False((await fixture.Grain(id).GetView()).Verified);

        using var done = await PageForms.PostAsync(platformAdmin.Http, "/admin/organisations", "/admin/organisations", ("organisationId", id), ("verified", "true"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.True((await fixture.Grain(id).GetView()).Verified);
        var after = await platformAdmin.Http.GetStringAsync("/admin/organisations");
        Assert.Contains("已认证 待认证的公司。", after, StringComparison.Ordinal);
        Assert.True(after.IndexOf("取消认证 待认证的公司", StringComparison.Ordinal) > after.IndexOf("id=\"verified-heading\"", StringComparison.Ordinal));
    }

    private static string Singleline(string html) => html.ReplaceLineEndings(" ");
}
