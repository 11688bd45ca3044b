using System.Net;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class OrganisationPageTests(OrganisationsFixture fixture)
{
    [Fact]
    public async Task A_person_creates_an_employer_with_the_page_form_and_lands_on_its_manage_page()
    {
        using var person = await fixture.SignedInAsync();
        using var response = await PageForms.PostAsync(person.Http, "/orgs/new", "/orgs/new",
            ("Input.Kind", "Employer"), ("Input.Name", "表单创建的公司"), ("Input.City", "广州"), ("Input.Description", "多行\n简介"),
            ("Input.Industry", "制造业"), ("Input.Size", "From500To999"),
            ("Input.AccessibilityFacts", "Lift"), ("Input.AccessibilityFacts", "AccessibleToilet"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/orgs/org-[0-9a-f]{10}/manage$", location);
        var id = location.Split('/')[2];
        var profile = (await fixture.Grain(id).GetView()).Profile;
        Assert.Equal("表单创建的公司", profile.Name);
        Assert.Equal(CompanySize.From500To999, profile.Size);
        Assert.Equal([WorkplaceAccessibility.AccessibleToilet, WorkplaceAccessibility.Lift], profile.AccessibilityFacts);
        Assert.Equal([OrganisationRole.Admin], await fixture.Grain(id).GetRoles(person.Person.Id));

        var manage = await person.Http.GetStringAsync(location);
        Assert.Contains("表单创建的公司", manage, StringComparison.Ordinal);
        Assert.Contains("name=\"Invitation.Email\"", manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employer_fields_sent_for_a_workshop_are_dropped_by_the_page()
    {
        using var person = await fixture.SignedInAsync();
        using var response = await PageForms.PostAsync(person.Http, "/orgs/new", "/orgs/new",
            ("Input.Kind", "Workshop"), ("Input.Name", "工坊"), ("Input.City", "成都"),
            ("Input.Industry", "手工"), ("Input.Size", "Under20"), ("Input.AccessibilityFacts", "Lift"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.OriginalString.Split('/')[2];
        var profile = (await fixture.Grain(id).GetView()).Profile;
        Assert.Equal(OrganisationKind.Workshop, profile.Kind);
        Assert.Null(profile.Industry);
        Assert.Null(profile.Size);
        Assert.Empty(profile.AccessibilityFacts);
    }

    [Fact]
    public async Task A_failed_post_shows_an_error_summary_tied_to_each_field_and_creates_nothing()
    {
        using var person = await fixture.SignedInAsync();
        using var response = await PageForms.PostAsync(person.Http, "/orgs/new", "/orgs/new",
            ("Input.Kind", "Employer"), ("Input.Name", ""), ("Input.City", new string('城', 41)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\" tabindex=\"-1\" data-autofocus", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#name\">请填写机构名称。</a>", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"name\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"name-hint name-error\"", html);
        Assert.Matches("<input id=\"city\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"city-error\"", html);
        Assert.Contains("<span id=\"city-error\" class=\"error\">城市最多 40 个字。</span>", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"radio\" id=\"kind-Employer\" name=\"Input.Kind\" value=\"Employer\" checked=\"checked\"", html);
        Assert.Empty((await fixture.Host.Grains.GetGrain<IPersonGrain>(person.Person.Id).GetAccess()).Memberships);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_from_create_manage_and_join()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var anonymous = fixture.Host.CreateClient();
        foreach (var path in new[] { "/orgs/new", $"/orgs/{id}/manage", $"/orgs/{id}/join?code=abc" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // The public profile needs no account.
        using var profile = await anonymous.GetAsync($"/orgs/{id}");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task The_manage_page_is_for_admins_read_only_for_members_and_refused_to_others()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var helper = await fixture.MemberAsync(admin, id, "Helper");
        using var outsider = await fixture.SignedInAsync();

        var asAdmin = await admin.Http.GetStringAsync($"/orgs/{id}/manage");
        Assert.Contains("name=\"Invitation.Email\"", asAdmin, StringComparison.Ordinal);
        Assert.Contains(helper.Person.Email, asAdmin, StringComparison.Ordinal);
        Assert.Contains($"id=\"member-{helper.Person.Id}-roles-Helper\" name=\"roles\" value=\"Helper\" checked=\"checked\"", asAdmin, StringComparison.Ordinal);

        var asHelper = await helper.Http.GetStringAsync($"/orgs/{id}/manage");
        Assert.Contains(admin.Person.DisplayName, asHelper, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Invitation.Email\"", asHelper, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"roles\"", asHelper, StringComparison.Ordinal);
        Assert.DoesNotContain(admin.Person.Email, asHelper, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Name\"", asHelper, StringComparison.Ordinal);

        using var refused = await outsider.Http.GetAsync($"/orgs/{id}/manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // A member who is not admin cannot use the admin forms either: the grain refuses, nothing changes.
        var before = await fixture.Grain(id).GetView();
        using var edit = await PageForms.PostAsync(helper.Http, $"/orgs/{id}/manage", $"/orgs/{id}/manage?handler=Profile",
            ("Input.Name", "改名"), ("Input.City", "广州"), ("Input.Industry", "物流"), ("Input.Size", "Under20"));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("只有本机构的管理员可以这样做。", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await fixture.AssertUnchangedAsync(id, before);
    }

    [Theory]
    [InlineData("/orgs/NOT-VALID")]
    [InlineData("/orgs/org-ffffffffff")]
    [InlineData("/orgs/org-ffffffffff/manage")]
    [InlineData("/orgs/NOT-VALID/manage")]
    [InlineData("/orgs/org-ffffffffff/join?code=x")]
    public async Task Unknown_or_malformed_organisations_show_the_not_found_page(string path)
    {
        using var person = await fixture.SignedInAsync();
        using var response = await person.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到页面", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_edits_the_profile_changes_roles_and_removes_a_member_with_the_page()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var member = await fixture.MemberAsync(admin, id, "Helper");
        var manage = $"/orgs/{id}/manage";

        using var edited = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Profile",
            ("Input.Name", "页面改名"), ("Input.City", "佛山"), ("Input.Industry", "物流"), ("Input.Size", "Under20"), ("Input.AccessibilityFacts", "TactilePaving"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("资料已保存。", await admin.Http.GetStringAsync(manage), StringComparison.Ordinal);
        var profile = (await fixture.Grain(id).GetView()).Profile;
        Assert.Equal(("页面改名", "佛山", OrganisationKind.Employer), (profile.Name, profile.City, profile.Kind));
        Assert.Equal([WorkplaceAccessibility.TactilePaving], profile.AccessibilityFacts);

        using var roles = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Roles",
            ("personId", member.Person.Id), ("roles", "Recruiter"), ("roles", "Streamer"));
        Assert.Equal(HttpStatusCode.Redirect, roles.StatusCode);
        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Streamer], await fixture.Grain(id).GetRoles(member.Person.Id));

        // Removing asks first, on a page that changes nothing.
        var confirm = await admin.Http.GetStringAsync($"{manage}?remove={member.Person.Id}");
        Assert.Contains($"确定把 {member.Person.DisplayName} 移出本机构吗？", confirm, StringComparison.Ordinal);
        Assert.NotEmpty(await fixture.Grain(id).GetRoles(member.Person.Id));
        using var removed = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Remove", ("personId", member.Person.Id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await fixture.Grain(id).GetRoles(member.Person.Id));
    }

    [Fact]
    public async Task The_last_admin_rule_is_shown_on_the_page_in_words()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        var manage = $"/orgs/{id}/manage";

        using var demote = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Roles", ("personId", admin.Person.Id), ("roles", "Recruiter"));
        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Contains("机构至少要有一位管理员。", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var none = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Roles", ("personId", admin.Person.Id));
        Assert.Contains($"<a href=\"#member-{admin.Person.Id}-roles-Admin\">请至少选择一个角色。", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([OrganisationRole.Admin], await fixture.Grain(id).GetRoles(admin.Person.Id));
    }

    [Fact]
    public async Task An_invitation_made_on_the_page_shows_its_link_once_and_the_invited_person_joins_with_it()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin, OrganisationsFixture.Employer("邀请页面测试"));
        using var invited = await fixture.SignedInAsync();
        var manage = $"/orgs/{id}/manage";

        using var created = await PageForms.PostAsync(admin.Http, manage, manage + "?handler=Invite",
            ("Invitation.Email", invited.Person.Email), ("Invitation.Roles", "Recruiter"), ("Invitation.Roles", "Helper"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        var html = await created.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "id=\"invitation-link\" type=\"text\" readonly value=\"([^\"]+)\"").Groups[1].Value;
        var joinPath = new Uri(System.Net.WebUtility.HtmlDecode(link)).PathAndQuery;
        Assert.StartsWith($"/orgs/{id}/join?code=", joinPath, StringComparison.Ordinal);
        Assert.DoesNotContain("invitation-link", await admin.Http.GetStringAsync(manage), StringComparison.Ordinal);

        var offer = await invited.Http.GetStringAsync(joinPath);
        Assert.Contains("邀请页面测试 邀请你加入，你将担任以下角色：", offer, StringComparison.Ordinal);
        Assert.Contains("<strong>招聘专员</strong>", offer, StringComparison.Ordinal);
        Assert.Contains("<strong>助播 / 字幕员</strong>", offer, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>管理员</strong>", offer, StringComparison.Ordinal);

        using var joined = await PageForms.PostAsync(invited.Http, joinPath, joinPath, ("code", System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + joinPath).Query)["code"]!));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(manage, joined.Headers.Location!.OriginalString);
        Assert.Contains("你已加入 邀请页面测试。", await invited.Http.GetStringAsync(manage), StringComparison.Ordinal);
        Assert.Equal([OrganisationRole.Recruiter, OrganisationRole.Helper], await fixture.Grain(id).GetRoles(invited.Person.Id));

        Assert.Contains("你已经是 邀请页面测试 的成员了。", await invited.Http.GetStringAsync(joinPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_join_page_says_in_words_why_a_link_cannot_be_used()
    {
        using var admin = await fixture.SignedInAsync();
        var id = await OrganisationsFixture.CreateAsync(admin);
        using var invited = await fixture.SignedInAsync();
        using var other = await fixture.SignedInAsync();
        var (token, _, _) = await OrganisationsFixture.InviteAsync(admin, id, invited.Person.Email, "Helper");
        var joinPath = $"/orgs/{id}/join?code={Uri.EscapeDataString(token)}";

        var wrongAccount = await other.Http.GetStringAsync(joinPath);
        Assert.Contains("这个邀请发给的是另一个邮箱", wrongAccount, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"submit\">加入", wrongAccount, StringComparison.Ordinal);
        Assert.DoesNotContain(invited.Person.Email, wrongAccount, StringComparison.Ordinal);

        var cut = await invited.Http.GetStringAsync($"/orgs/{id}/join?code={Uri.EscapeDataString(token[..20])}");
        Assert.Contains("这个邀请链接无效", cut, StringComparison.Ordinal);

        var codes = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LiveFair.Web.Organisations.InvitationCodes>(fixture.Host.Services);
        var expired = codes.Create(codes.Read(token)! with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var expiredPage = await invited.Http.GetStringAsync($"/orgs/{id}/join?code={Uri.EscapeDataString(expired)}");
        Assert.Contains("这个邀请已经过期", expiredPage, StringComparison.Ordinal);

        // Used up by the invited person (through the API), then tried again from the page's form.
        var form = await PageForms.TokenAsync(invited.Http, joinPath);
        using var joined = await invited.Http.PostAsync($"/api/orgs/{id}/join", LiveFair.Testing.LiveFairTestHost.JsonContent(new { token }));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        await fixture.Grain(id).RemoveMember(invited.Person.Id, invited.Person.Id);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = token, ["__RequestVerificationToken"] = form });
        using var used = await invited.Http.PostAsync(joinPath, content);
        Assert.Contains("这个邀请已经用过或已被撤销", await used.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await fixture.Grain(id).GetRoles(invited.Person.Id));
    }
}
