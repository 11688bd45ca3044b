using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class CatchUpTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_client_that_missed_events_gets_exactly_those_by_sequence_number()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var grain = host.Grains.GetGrain<IRoomGrain>(room);

        var viewer = await host.ConnectAsync(messagePack: true);
        var joined = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        var last = joined.Snapshot!.Sequence;
        await viewer.DisposeAsync(); // the viewer drops off...

        var missed = new List<RoomEvent>();
        for (var i = 0; i < 5; i++)
        {
            missed.Add(await grain.PublishCaption(new CaptionInput { Text = $"missed {i}", IsFinal = i % 2 == 0 }));
        }

        // ...and comes back, asking for what came after the last event it saw.
        await using var again = await host.ConnectAsync(messagePack: true);
        var catchUp = await again.InvokeAsync<RoomCatchUp>("JoinRoom", room, last);
        Assert.Null(catchUp.Snapshot);

        // Every event after `last`, without a hole (viewer-count changes from the viewer leaving may be among them)...
        var sequences = catchUp.Events.Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => last + i), sequences);

        // ...and among them exactly the captions that were missed.
        var captions = catchUp.Events.Where(e => e.Caption is not null).ToList();
        Assert.Equal(missed.Select(e => e.Sequence), captions.Select(e => e.Sequence));
        Assert.Equal(missed.Select(e => e.Caption!.Text), captions.Select(e => e.Caption!.Text));

        // The same through the explicit gap-fill method, from the middle.
        var middle = await again.InvokeAsync<RoomCatchUp>("GetEventsSince", room, missed[1].Sequence);
        Assert.Equal(missed[2].Sequence, middle.Events[0].Sequence);
        Assert.Equal(missed.Skip(2).Select(e => e.Caption!.Text), middle.Events.Where(e => e.Caption is not null).Select(e => e.Caption!.Text));

        // Nothing missed: nothing returned.
        var latest = (await grain.GetSnapshot()).Sequence;
        var none = await again.InvokeAsync<RoomCatchUp>("GetEventsSince", room, latest);
        Assert.Empty(none.Events);
        Assert.Null(none.Snapshot);
    }

    [Fact]
    public async Task Events_older_than_the_log_are_replaced_by_a_snapshot()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var grain = host.Grains.GetGrain<IRoomGrain>(room);
        var first = await grain.PublishCaption(new CaptionInput { Text = "first", IsFinal = true });
        for (var i = 0; i < 20; i++)
        {
            await grain.PublishCaption(new CaptionInput { Text = $"line {i}", IsFinal = true });
        }

        await using var viewer = await host.ConnectAsync();
        var catchUp = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, first.Sequence);
        Assert.Empty(catchUp.Events);
        Assert.NotNull(catchUp.Snapshot);
        Assert.True(catchUp.Snapshot.Sequence >= first.Sequence + 20);
        Assert.Equal(21, catchUp.Snapshot.TranscriptLength);
    }
}
