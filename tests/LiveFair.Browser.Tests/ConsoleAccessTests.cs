using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>The caption console is for signed-in staff only.</summary>
public sealed partial class ConsoleAccessTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task Signed_out_viewer_opening_the_console_is_sent_to_the_sign_in_page()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var consolePath = $"/rooms/{DemoData.LiveJobFair}/console";

        await page.GotoAsync(consolePath);

        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["ReturnUrl"];
        Assert.Equal(consolePath, returnUrl);
        await Assertions.Expect(page.Locator("#email")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#caption-input")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/account/login\?", RegexOptions.IgnoreCase)]
    private static partial Regex SignInUrl();
}
