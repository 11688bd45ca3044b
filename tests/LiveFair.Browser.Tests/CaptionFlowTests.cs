using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>A captioner types in the console, by keyboard only; a viewer in another browser sees every word.</summary>
public sealed class CaptionFlowTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    private const string Line = "你好，欢迎 <b>来到</b> 招聘会";
    private const string Speaker = "主持人";

    [Fact]
    public async Task Typed_caption_streams_to_the_viewer_and_lands_in_the_transcript_as_text()
    {
        var roomId = await fixture.Host.CreateRoomAsync(DemoData.Federation);
        var consolePath = $"/rooms/{roomId}/console";

        var (captionerContext, console) = await fixture.NewPageAsync();
        await using var _ = captionerContext;
        var (viewerContext, viewer) = await fixture.NewPageAsync();
        await using var __ = viewerContext;

        await console.SignInByKeyboardAsync(consolePath);
        await Assertions.Expect(console.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);
        await viewer.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(viewer.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);

        // Speaker first, then the caption box right after it.
        await console.TabToAsync("#speaker");
        await console.Keyboard.TypeAsync(Speaker);
        await console.Keyboard.PressAsync("Tab");
        await Assertions.Expect(console.Locator("#caption-input")).ToBeFocusedAsync();

        // Half the line: the viewer already sees it as the line being typed.
        const string firstHalf = "你好，欢迎 <b>来到";
        await console.Keyboard.TypeAsync(firstHalf, new KeyboardTypeOptions { Delay = 20 });
        await Assertions.Expect(viewer.Locator("#current-caption")).ToHaveTextAsync(firstHalf);
        await console.Keyboard.TypeAsync(Line[firstHalf.Length..], new KeyboardTypeOptions { Delay = 20 });
        await Assertions.Expect(viewer.Locator("#current-caption")).ToHaveTextAsync(Line);
        await Assertions.Expect(viewer.Locator("#transcript li .text", new PageLocatorOptions { HasText = Line })).ToHaveCountAsync(0);

        await console.Keyboard.PressAsync("Enter");

        var line = viewer.Locator("#transcript li").Last;
        await Assertions.Expect(line.Locator(".text")).ToHaveTextAsync(Line);
        Assert.Equal(Line, await line.Locator(".text").TextContentAsync());
        await Assertions.Expect(line.Locator(".speaker")).ToHaveTextAsync(Speaker + "：");
        await Assertions.Expect(viewer.Locator("#transcript b")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.Locator("#current-caption")).ToHaveTextAsync(string.Empty);

        await Assertions.Expect(console.Locator("#caption-input")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(console.Locator("#caption-input")).ToBeFocusedAsync();
        await Assertions.Expect(console.Locator("#transcript li .text").Last).ToHaveTextAsync(Line);
        await Assertions.Expect(console.Locator("#transcript b")).ToHaveCountAsync(0);
    }
}
