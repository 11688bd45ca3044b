using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>The language switch and sign-out in the header of every page, by keyboard.</summary>
public sealed class SiteNavigationTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task The_language_switch_works_by_keyboard_and_keeps_the_page()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var roomPath = $"/rooms/{DemoData.LiveJobFair}";
        await page.GotoAsync(roomPath);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.TabToAsync("form[action='/language'] button");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.EndsWith(roomPath, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h2#captions-heading")).ToHaveTextAsync("Live captions");

        // Remembered on the next page, and switchable back.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.TabToAsync("form[action='/language'] button");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [Fact]
    public async Task Signing_out_works_by_keyboard()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.SignInByKeyboardAsync("/");
        await Assertions.Expect(page.Locator("form[action='/account/logout'] button")).ToBeVisibleAsync();

        await page.TabToAsync("form[action='/account/logout'] button");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("form[action='/account/logout']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("a[href^='/account/login']")).ToBeVisibleAsync();
    }
}
