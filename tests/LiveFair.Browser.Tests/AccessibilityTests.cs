using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>axe-core finds nothing to fix on any page, in Chinese (the default) or English.</summary>
public sealed class AccessibilityTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "lobby", "room", "console", "sign-in", "missing-room" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations_and_declares_its_language(string which, string culture)
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;

        var path = which switch
        {
            "lobby" => "/",
            "room" => $"/rooms/{DemoData.LiveJobFair}",
            "console" => $"/rooms/{DemoData.LiveJobFair}/console",
            "sign-in" => "/account/login",
            "missing-room" => "/rooms/no-such-room",
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
        if (which == "console")
        {
            await page.SignInByKeyboardAsync(path);
        }

        var url = culture == "en" ? path + "?culture=en" : path;
        var response = await page.GotoAsync(url);
        Assert.NotNull(response);
        Assert.Equal(which == "missing-room" ? 404 : 200, response.Status);

        if (which is "room" or "console")
        {
            // Scan the page as people use it: after the live connection is up and the scripts have run.
            await Assertions.Expect(page.Locator("#connection-status")).ToHaveTextAsync(UiText.Connected(culture));
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{url} ({culture})", results.Violations));
    }
}
