using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>A host starts and ends a room from the console by keyboard; viewers see the status change live.</summary>
public sealed class ConsoleLifecycleTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task Room_is_started_and_ended_from_the_console_by_keyboard()
    {
        var roomId = await fixture.Host.CreateRoomAsync(DemoData.Federation, start: false);
        var consolePath = $"/rooms/{roomId}/console";

        var (staffContext, console) = await fixture.NewPageAsync();
        await using var _ = staffContext;
        var (viewerContext, viewer) = await fixture.NewPageAsync();
        await using var __ = viewerContext;

        await console.SignInByKeyboardAsync(consolePath, DemoData.HostEmail);
        await Assertions.Expect(console.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);
        await viewer.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(viewer.Locator("#connection-status")).ToHaveTextAsync(UiText.ConnectedZh);
        var viewerStatus = viewer.Locator("#room-status");
        var input = console.Locator("#caption-input");
        await Assertions.Expect(viewerStatus).ToHaveTextAsync(UiText.ScheduledZh);
        await Assertions.Expect(input).ToBeDisabledAsync();

        await console.TabToAsync("#start-room");
        await console.AssertFocusVisibleAsync();
        await console.Keyboard.PressAsync("Enter");

        await Assertions.Expect(viewerStatus).ToHaveTextAsync(UiText.LiveZh);
        await Assertions.Expect(console.Locator("#room-status")).ToHaveTextAsync(UiText.LiveZh);
        await Assertions.Expect(input).ToBeEnabledAsync();
        await Assertions.Expect(input).ToBeFocusedAsync();

        // Two steps to end: the end button opens a confirmation (focus lands on its safe choice), then "yes".
        await console.TabToAsync("#end-room", backwards: true);
        await console.AssertFocusVisibleAsync();
        await console.Keyboard.PressAsync("Enter");
        await Assertions.Expect(console.Locator("#end-confirm")).ToBeVisibleAsync();
        await Assertions.Expect(console.Locator("#end-no")).ToBeFocusedAsync();
        await Assertions.Expect(viewerStatus).ToHaveTextAsync(UiText.LiveZh);
        await console.TabToAsync("#end-yes", maxPresses: 1, backwards: true);
        await console.AssertFocusVisibleAsync();
        await console.Keyboard.PressAsync("Space");

        await Assertions.Expect(viewerStatus).ToHaveTextAsync(UiText.EndedZh);
        await Assertions.Expect(console.Locator("#room-status")).ToHaveTextAsync(UiText.EndedZh);
        await Assertions.Expect(console.Locator("#room-status")).ToBeFocusedAsync();
        await Assertions.Expect(console.Locator("#end-confirm")).ToBeHiddenAsync();
        await Assertions.Expect(input).ToBeDisabledAsync();
        await Assertions.Expect(console.Locator("#end-room")).ToBeDisabledAsync();
        await Assertions.Expect(console.Locator("#start-room")).ToBeDisabledAsync();
    }
}
