using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Security;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Security;

/// <summary>The default hub limits against the fastest people the pages serve.</summary>
public sealed class HubRateLimitDefaultsTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_captioner_typing_at_30_keys_a_second_and_a_viewer_are_never_limited()
    {
        const int lines = 6;
        const int keysPerLine = 30;
        var defaults = new HubRateLimitOptions();
        Assert.True(lines * (keysPerLine + 1) > defaults.TokenLimit, "the test must outlast the burst allowance to show the refill keeps up");

        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var captioner = await fixture.Host.ConnectAsync(fixture.CaptionerA);
        await using var viewer = await fixture.Host.ConnectAsync();
        using var events = new RoomEventRecorder(viewer);
        var joined = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        var lastSequence = joined.Snapshot!.Sequence;

        // console.js: one partial per keystroke, one call in flight at a time; Enter sends the final line.
        for (var line = 0; line < lines; line++)
        {
            var segment = Guid.NewGuid();
            for (var key = 1; key <= keysPerLine; key++)
            {
                var typed = Task.Delay(TimeSpan.FromSeconds(1.0 / 30));
                await captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { SegmentId = segment, Text = new string('字', key) });
                await typed;
            }

            var final = await captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { SegmentId = segment, Text = new string('字', keysPerLine), IsFinal = true });
            await events.WaitForAsync(e => e.Sequence == final.Sequence);
            await viewer.InvokeAsync<RoomCatchUp>("GetEventsSince", room, lastSequence);
            lastSequence = final.Sequence;
        }

        var snapshot = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(lines, snapshot.TranscriptLength);
    }
}
