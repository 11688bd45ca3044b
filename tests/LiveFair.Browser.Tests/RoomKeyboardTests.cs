using LiveFair.Contracts.Rooms;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Everything a viewer can do on the room page works from the keyboard, in page order, with visible focus.</summary>
public sealed class RoomKeyboardTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task Viewer_reaches_and_operates_every_control_by_keyboard()
    {
        var roomId = await fixture.Host.CreateRoomAsync();
        const string caption = "键盘用户也能下载字幕 keyboard transcript line";
        await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).PublishCaption(new CaptionInput { Text = caption, IsFinal = true });

        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(page.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);
        var captionArea = page.Locator("#caption-area");
        var signWindow = page.Locator("#sign-window");

        // Each control is reached by Tab from where the previous one left focus, so they come in this order.
        await page.TabToAsync("#caption-size");
        await page.AssertFocusVisibleAsync();
        await Assertions.Expect(captionArea).ToHaveAttributeAsync("data-size", "normal");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(captionArea).ToHaveAttributeAsync("data-size", "large");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(captionArea).ToHaveAttributeAsync("data-size", "xlarge");

        await page.TabToAsync("#high-contrast", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        await Assertions.Expect(captionArea).Not.ToHaveClassAsync(HasClass("high-contrast"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#high-contrast")).ToBeCheckedAsync();
        await Assertions.Expect(captionArea).ToHaveClassAsync(HasClass("high-contrast"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(captionArea).Not.ToHaveClassAsync(HasClass("high-contrast"));

        await page.TabToAsync("#transcript", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        // The scrollable list of lines sits inside the live log region that announces new lines.
        await Assertions.Expect(page.Locator("[role=log] > #transcript")).ToBeFocusedAsync();

        var vtt = $"a[href='/rooms/{roomId}/transcript.vtt']";
        await page.TabToAsync(vtt, maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        var file = await download.PathAsync();
        var content = await File.ReadAllTextAsync(file);
        Assert.StartsWith("WEBVTT", content, StringComparison.Ordinal);
        Assert.Contains(caption, content, StringComparison.Ordinal);
        Assert.EndsWith(".vtt", download.SuggestedFilename, StringComparison.Ordinal);

        await page.TabToAsync($"a[href='/rooms/{roomId}/transcript.txt']", maxPresses: 1);
        await page.AssertFocusVisibleAsync();

        await page.TabToAsync("#sign-toggle", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        var toggle = page.Locator("#sign-toggle");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(signWindow).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToHaveTextAsync(UiText.SignShowZh);
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(signWindow).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(toggle).ToHaveTextAsync(UiText.SignHideZh);

        await page.TabToAsync("#sign-enlarge", maxPresses: 1);
        await page.AssertFocusVisibleAsync();
        var enlarge = page.Locator("#sign-enlarge");
        await Assertions.Expect(enlarge).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(enlarge).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(signWindow).ToHaveClassAsync(HasClass("enlarged"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(enlarge).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task Skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync($"/rooms/{DemoData.LiveJobFair}");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.FocusedAsync();
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            $"After the skip link, Tab should stay inside the main content, but focus went to {focused}.");
    }

    private static System.Text.RegularExpressions.Regex HasClass(string name) =>
        new($"(^|\\s){System.Text.RegularExpressions.Regex.Escape(name)}(\\s|$)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
