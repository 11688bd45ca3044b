using Deque.AxeCore.Playwright;
using LiveFair.Contracts.People;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>The profile with its separately consented disability section, and "my data", by keyboard only.</summary>
public sealed class ProfileTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    private const string Saved = "#saved";

    [Fact]
    public async Task A_person_fills_in_the_profile_consents_saves_the_disability_section_and_withdraws_by_keyboard()
    {
        var person = await fixture.Host.CreatePersonAsync();
        var grain = fixture.Host.Grains.GetGrain<IPersonGrain>(person.Id);
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.SignInByKeyboardAsync("/me/profile", person.Email, person.Password);

        await page.TabToAsync("#city");
        await page.Keyboard.TypeAsync("成都");
        await page.TabToAsync("form[action*='handler=profile'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Saved)).ToHaveTextAsync("档案已保存。");
        Assert.Equal("成都", (await grain.GetView()).Profile.City);

        // Without the box ticked, nothing is recorded and the error says why.
        await page.TabToAsync("form[action*='handler=consent'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#form-error")).ToContainTextAsync("请先勾选同意");
        Assert.Null((await grain.GetView()).DisabilityConsentRecord);

        await page.TabToAsync("#consent");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("form[action*='handler=consent'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Saved)).ToContainTextAsync("已记录你的同意");

        // A radio group is one Tab stop; the arrow keys choose within it.
        await page.TabToAsync("#category-Physical");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#category-Hearing")).ToBeCheckedAsync();
        await page.TabToAsync("#level");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabToAsync("#device-HearingAid");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#accommodation-TextOnlyCommunication");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("form[action*='handler=disability'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Saved)).ToHaveTextAsync("残疾信息已保存。");
        var disability = (await grain.GetView()).Disability;
        Assert.Equal(DisabilityCategory.Hearing, disability?.Category);
        Assert.Equal(2, disability?.Level);
        Assert.Equal([Accommodation.TextOnlyCommunication], disability?.Accommodations);

        await page.TabToAsync("form[action*='handler=withdraw'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(Saved)).ToHaveTextAsync("已撤回同意，你的残疾信息已删除。");
        Assert.Null((await grain.GetView()).Disability);
        await Assertions.Expect(page.Locator("#consent")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_deletes_their_account_by_keyboard_after_a_wrong_password_changed_nothing()
    {
        var person = await fixture.Host.CreatePersonAsync();
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.SignInByKeyboardAsync("/me/data", person.Email, person.Password);

        await page.TabToAsync("#understood");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#delete-password");
        await page.Keyboard.TypeAsync("not the password");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#delete-error")).ToBeFocusedAsync();
        Assert.True((await fixture.Host.Grains.GetGrain<IPersonGrain>(person.Id).GetAccess()).Exists);

        await page.TabToAsync("#understood");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#delete-password");
        await page.Keyboard.TypeAsync(person.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/deleted");
        Assert.False((await fixture.Host.Grains.GetGrain<IPersonGrain>(person.Id).GetAccess()).Exists);
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "profile", "profile-consented", "data", "deleted" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task People_pages_have_no_axe_violations(string which, string culture)
    {
        var person = await fixture.Host.CreatePersonAsync();
        if (which == "profile-consented")
        {
            await fixture.Host.Grains.GetGrain<IPersonGrain>(person.Id).GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        }

        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var path = which switch
        {
            "profile" or "profile-consented" => "/me/profile",
            "data" => "/me/data",
            _ => "/me/deleted",
        };
        await page.SignInByKeyboardAsync(path, person.Email, person.Password);
        await page.GotoAsync(culture == "en" ? path + "?culture=en" : path);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{path} ({culture}, {which})", results.Violations));
    }
}
