using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class CaptionFanoutTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_caption_reaches_every_viewer_of_its_room_and_no_viewer_of_another_room()
    {
        var host = fixture.Host;
        var roomA = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var roomB = await host.CreateRoomAsync(WebHostFixture.OrgA);

        // Both protocols, several viewers per room, all on real WebSockets.
        var viewersA = new List<(HubConnection Connection, RoomEventRecorder Events)>();
        var viewersB = new List<(HubConnection Connection, RoomEventRecorder Events)>();
        for (var i = 0; i < 6; i++)
        {
            viewersA.Add(await JoinAsync(roomA, messagePack: i % 2 == 0));
            viewersB.Add(await JoinAsync(roomB, messagePack: i % 2 == 1));
        }

        await using var captioner = await host.ConnectAsync(fixture.CaptionerA);
        var sent = await captioner.InvokeAsync<RoomEvent>("SendCaption", roomA, new CaptionInput { Text = "欢迎来到招聘会", Speaker = "主持人", IsFinal = true });

        foreach (var (_, events) in viewersA)
        {
            var received = await events.WaitForAsync(e => e.Kind == RoomEventKind.CaptionFinal);
            Assert.Equal(sent.Sequence, received.Sequence);
            Assert.Equal("欢迎来到招聘会", received.Caption!.Text);
            Assert.Equal("主持人", received.Caption.Speaker);
        }

        // A marker in room B, sent after room A's caption was everywhere: when it arrives, B's viewers
        // have had every chance to (wrongly) receive room A's caption.
        await captioner.InvokeAsync<RoomEvent>("SendCaption", roomB, new CaptionInput { Text = "marker", IsFinal = true });
        foreach (var (_, events) in viewersB)
        {
            await events.WaitForAsync(e => e.Kind == RoomEventKind.CaptionFinal);
            Assert.All(events.Events, e => Assert.Equal(roomB, e.RoomId));
            Assert.DoesNotContain(events.Events, e => e.Caption?.Text == "欢迎来到招聘会");
        }

        foreach (var (connection, events) in viewersA.Concat(viewersB))
        {
            events.Dispose();
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task Partial_captions_stream_and_the_final_line_replaces_them()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var (viewer, events) = await JoinAsync(room, messagePack: false);
        await using var captioner = await host.ConnectAsync(fixture.CaptionerA);
        var segment = Guid.NewGuid();

        foreach (var text in new[] { "各位", "各位求职", "各位求职者好" })
        {
            await captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { SegmentId = segment, Text = text });
        }

        await captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { SegmentId = segment, Text = "各位求职者好！", IsFinal = true });
        await events.WaitForAsync(e => e.Kind == RoomEventKind.CaptionFinal);

        var captions = events.Events.Where(e => e.Caption is not null).ToList();
        Assert.Equal(["各位", "各位求职", "各位求职者好", "各位求职者好！"], captions.Select(e => e.Caption!.Text));
        Assert.All(captions, e => Assert.Equal(segment, e.Caption!.Id));
        Assert.Equal(captions.Select(e => e.Sequence).Order(), captions.Select(e => e.Sequence));

        // The final line keeps the time its first words arrived, for the transcript's cue start.
        Assert.Equal(captions[0].Caption!.StartedAt, captions[^1].Caption!.StartedAt);

        var snapshot = await host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Null(snapshot.CurrentPartial);
        Assert.Equal(1, snapshot.TranscriptLength);
        events.Dispose();
        await viewer.DisposeAsync();
    }

    [Fact]
    public async Task Viewer_count_follows_connections_across_the_node()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var (first, firstEvents) = await JoinAsync(room, messagePack: false);
        var (second, _) = await JoinAsync(room, messagePack: true);
        var (third, _) = await JoinAsync(room, messagePack: false);

        var three = await firstEvents.WaitForAsync(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 3);
        await third.DisposeAsync();

        // Joins may be reported one by one (1, 2, 3), so only a 2 that comes after the 3 counts.
        await firstEvents.WaitForAsync(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 2 && e.Sequence > three.Sequence);

        var snapshot = await host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(2, snapshot.Viewers);
        Assert.Equal(3, snapshot.PeakViewers);
        firstEvents.Dispose();
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Connections_that_close_while_joining_leave_no_ghost_viewers()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var grain = host.Grains.GetGrain<IRoomGrain>(room);

        // Each connection asks to join and goes away before the answer, racing the server's cleanup.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            var connection = await host.ConnectAsync();
            var join = connection.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
            await connection.DisposeAsync();
            await Task.WhenAny(join, Task.Delay(5000));
        }));

        // A client's join ends when its connection is disposed, but the server may still be running it, and a
        // join that lands after its connection closed is counted for a moment before it undoes itself. A ghost
        // stays forever, so both counts must reach 0 and stay there for a second.
        var fanout = host.Services.GetRequiredService<LiveFair.Web.Rooms.RoomFanout>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var zeroInARow = 0;
        while (DateTime.UtcNow < deadline && zeroInARow < 10)
        {
            var zero = fanout.LocalViewers(room) == 0 && (await grain.GetSnapshot()).Viewers == 0;
            zeroInARow = zero ? zeroInARow + 1 : 0;
            await Task.Delay(100);
        }

        Assert.Equal(0, fanout.LocalViewers(room));
        Assert.Equal(0, (await grain.GetSnapshot()).Viewers);
    }

    private async Task<(HubConnection, RoomEventRecorder)> JoinAsync(string roomId, bool messagePack)
    {
        var connection = await fixture.Host.ConnectAsync(messagePack: messagePack);
        var recorder = new RoomEventRecorder(connection);
        var joined = await connection.InvokeAsync<RoomCatchUp>("JoinRoom", roomId, null);
        Assert.NotNull(joined.Snapshot);
        return (connection, recorder);
    }
}
