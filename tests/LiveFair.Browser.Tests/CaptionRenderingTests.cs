using LiveFair.Contracts.Rooms;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Caption text is shown as text: markup in a caption never becomes an element or runs.</summary>
public sealed class CaptionRenderingTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    private const string Payload = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task Markup_in_captions_is_shown_literally_and_never_runs()
    {
        var roomId = await fixture.Host.CreateRoomAsync();
        var room = fixture.Host.Grains.GetGrain<IRoomGrain>(roomId);
        // One line before the page loads (rendered by the server), the others while it is open (by the script).
        await room.PublishCaption(new CaptionInput { Text = Payload, IsFinal = true });

        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Type + ": " + dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(page.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);

        var segment = Guid.NewGuid();
        var partial = "<script>alert(2)</script>";
        await room.PublishCaption(new CaptionInput { SegmentId = segment, Text = partial, IsFinal = false, Speaker = "<i>x</i>" });
        await Assertions.Expect(page.Locator("#current-caption")).ToHaveTextAsync(partial);
        await room.PublishCaption(new CaptionInput { SegmentId = segment, Text = Payload + " 2", IsFinal = true, Speaker = "<i>x</i>" });

        var texts = page.Locator("#transcript li .text");
        await Assertions.Expect(texts).ToHaveTextAsync([Payload, Payload + " 2"]);
        await Assertions.Expect(page.Locator("#transcript li .speaker")).ToHaveTextAsync("<i>x</i>：");
        await Assertions.Expect(page.Locator("#transcript img")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#transcript i")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#current-caption *")).ToHaveCountAsync(0);

        // Give an injected handler (an image error fires at once) a moment to show itself before checking.
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 300))");
        Assert.Empty(dialogs);
    }
}
