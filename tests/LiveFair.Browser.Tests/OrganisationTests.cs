using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using LiveFair.Web.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Organisations from the keyboard: create, invite, join, verify; and axe-core on every organisation page.</summary>
public sealed class OrganisationTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_person_creates_an_employer_and_invites_a_member_who_joins_with_the_link_all_by_keyboard()
    {
        var founder = await fixture.Host.CreatePersonAsync("键盘创建者");
        var invited = await fixture.Host.CreatePersonAsync("键盘受邀者");

        await using var founderContext = await fixture.NewContextAsync();
        var page = await founderContext.NewPageAsync();
        await page.SignInByKeyboardAsync("/orgs/new", founder.Email, founder.Password);

        // Nothing is chosen yet, so Tab enters the kind group on its first option, which Space chooses.
        await page.TabToAsync("#kind-Employer");
        await page.AssertFocusVisibleAsync();
        await Assertions.Expect(page.Locator("#industry")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#kind-Employer")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#industry")).ToBeVisibleAsync();

        await page.TabToAsync("#name");
        await page.Keyboard.TypeAsync("键盘科技有限公司");
        await page.TabToAsync("#city", maxPresses: 1);
        await page.Keyboard.TypeAsync("广州");
        await page.TabToAsync("#description", maxPresses: 1);
        await page.Keyboard.TypeAsync("数据标注岗位，支持居家办公。");
        await page.TabToAsync("#industry", maxPresses: 1);
        await page.Keyboard.TypeAsync("信息技术");
        await page.TabToAsync("#size", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#size")).ToHaveValueAsync(nameof(CompanySize.From20To99));
        await page.TabToAsync("#accessibilityFacts-StepFreeEntrance", maxPresses: 1);
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#accessibilityFacts-ScreenReaderSoftware", maxPresses: 4);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/manage", StringComparison.Ordinal));
        var organisationId = new Uri(page.Url).AbsolutePath.Split('/')[2];
        var profile = (await fixture.Host.Grains.GetGrain<IOrganisationGrain>(organisationId).GetView()).Profile;
        Assert.Equal(("键盘科技有限公司", OrganisationKind.Employer, CompanySize.From20To99), (profile.Name, profile.Kind, profile.Size));
        Assert.Equal([WorkplaceAccessibility.StepFreeEntrance, WorkplaceAccessibility.ScreenReaderSoftware], profile.AccessibilityFacts);

        await page.TabToAsync("#invite-email", maxPresses: 80);
        await page.Keyboard.TypeAsync(invited.Email);
        await page.TabToAsync("#invite-roles-Recruiter");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#invite-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        // After the post, focus is on the new link, so it can be copied at once.
        var linkField = page.Locator("#invitation-link");
        await Assertions.Expect(linkField).ToBeFocusedAsync();
        await page.AssertFocusVisibleAsync();
        await page.TabToAsync("button[data-copy]", maxPresses: 1);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("链接已复制。");
        var joinPath = new Uri(await linkField.InputValueAsync()).PathAndQuery;

        await using var invitedContext = await fixture.NewContextAsync();
        var invitedPage = await invitedContext.NewPageAsync();
        await invitedPage.SignInByKeyboardAsync(joinPath, invited.Email, invited.Password);
        await Assertions.Expect(invitedPage.Locator("main")).ToContainTextAsync("键盘科技有限公司 邀请你加入");
        await Assertions.Expect(invitedPage.Locator("main")).ToContainTextAsync("招聘专员");
        await invitedPage.TabToAsync("main form button[type=submit]");
        await invitedPage.AssertFocusVisibleAsync();
        await invitedPage.Keyboard.PressAsync("Enter");

        await invitedPage.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/orgs/{organisationId}/manage");
        await Assertions.Expect(invitedPage.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(invitedPage.Locator(".status-message")).ToHaveTextAsync("你已加入 键盘科技有限公司。");
        Assert.Equal([OrganisationRole.Recruiter], await fixture.Host.Grains.GetGrain<IOrganisationGrain>(organisationId).GetRoles(invited.Id));
    }

    [Fact]
    public async Task A_platform_admin_verifies_the_unverified_demo_employer_by_keyboard_and_its_profile_shows_the_badge()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var profilePath = $"/orgs/{DemoData.UnverifiedEmployer}";
        await page.GotoAsync(profilePath);
        await Assertions.Expect(page.Locator(".badge-verified")).ToHaveCountAsync(0);

        await page.SignInByKeyboardAsync("/admin/organisations", DemoData.PlatformAdminEmail, DemoData.Password);
        var verify = $"#unverified-heading ~ table form:has(input[value='{DemoData.UnverifiedEmployer}']) button";
        await Assertions.Expect(page.Locator(verify)).ToHaveTextAsync("认证 " + DemoData.UnverifiedEmployerName);
        await page.TabToAsync(verify);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".status-message")).ToHaveTextAsync($"已认证 {DemoData.UnverifiedEmployerName}。");
        await Assertions.Expect(page.Locator($"#verified-heading ~ table input[value='{DemoData.UnverifiedEmployer}']")).ToHaveCountAsync(1);

        await page.GotoAsync(profilePath);
        await Assertions.Expect(page.Locator("h1 + .badges .badge-verified")).ToHaveTextAsync("✓ 已认证");
        await page.GotoAsync(profilePath + "?culture=en");
        await Assertions.Expect(page.Locator("h1 + .badges .badge-verified")).ToHaveTextAsync("✓ Verified");
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "directory", "new", "new-with-errors", "profile", "manage", "manage-with-link", "manage-as-member", "join", "join-refused", "admin" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Organisation_page_has_no_axe_violations(string which, string culture)
    {
        await using var context = await fixture.NewContextAsync();
        if (culture == "en")
        {
            // Chosen the way the language switch remembers it, so the language holds after a form is posted.
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Host.BaseAddress.ToString() }]);
        }

        var page = await context.NewPageAsync();
        var host = fixture.Host;

        var organisationId = "org-axe-" + Guid.NewGuid().ToString("N")[..8];
        var founder = await host.FounderOfAsync(organisationId, OrganisationKind.Employer);
        var member = await host.CreateMemberAsync(organisationId, OrganisationRole.Recruiter, OrganisationRole.Helper);
        var grain = host.Grains.GetGrain<IOrganisationGrain>(organisationId);
        await grain.UpdateProfile(founder.Id, new OrganisationProfile
        {
            Kind = OrganisationKind.Employer, Name = "无障碍检查公司", City = "广州", Description = "第一行\n第二行",
            Industry = "物流", Size = CompanySize.Under20, AccessibilityFacts = [WorkplaceAccessibility.Lift],
        });
        await grain.Invite(founder.Id, new InvitationInput { Email = "waiting@example.com", Roles = [OrganisationRole.Streamer] });

        string path;
        switch (which)
        {
            case "directory":
                path = "/orgs";
                await page.SignInByKeyboardAsync(path, founder.Email, founder.Password);
                break;
            case "new" or "new-with-errors":
                path = "/orgs/new";
                await page.SignInByKeyboardAsync(path, founder.Email, founder.Password);
                break;
            case "profile":
                path = $"/orgs/{DemoData.VerifiedEmployer}";
                break;
            case "manage" or "manage-with-link":
                path = $"/orgs/{organisationId}/manage";
                await page.SignInByKeyboardAsync(path, founder.Email, founder.Password);
                break;
            case "manage-as-member":
                path = $"/orgs/{organisationId}/manage";
                await page.SignInByKeyboardAsync(path, member.Email, member.Password);
                break;
            case "join" or "join-refused":
                var joiner = await host.CreatePersonAsync();
                var invitation = await grain.Invite(founder.Id, new InvitationInput { Email = which == "join" ? joiner.Email : "someone-else@example.com", Roles = [OrganisationRole.Recruiter] });
                var code = host.Services.GetRequiredService<InvitationCodes>().Create(invitation);
                path = $"/orgs/{organisationId}/join?code={Uri.EscapeDataString(code)}";
                await page.SignInByKeyboardAsync(path, joiner.Email, joiner.Password);
                break;
            case "admin":
                path = "/admin/organisations";
                await page.SignInByKeyboardAsync(path, DemoData.PlatformAdminEmail, DemoData.Password);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, null);
        }

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        if (which == "new-with-errors")
        {
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }
        else if (which == "manage-with-link")
        {
            await page.Locator("#invite-email").FillAsync("new-member@example.com");
            await page.Locator("#invite-roles-Helper").CheckAsync();
            await page.Locator("#invite-form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("#invitation-link")).ToBeFocusedAsync();
        }
        else if (which == "join-refused")
        {
            await Assertions.Expect(page.Locator("#join-error")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} {path} ({culture})", results.Violations));
    }
}
