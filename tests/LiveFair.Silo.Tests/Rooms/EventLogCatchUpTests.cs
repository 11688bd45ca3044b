using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>GetEventsSince with a bounded log of <see cref="LiveFairTestCluster.EventLogCapacity"/> (8) events.</summary>
public sealed class EventLogCatchUpTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private const int Capacity = LiveFairTestCluster.EventLogCapacity;

    [Fact]
    public async Task A_recent_sequence_gets_exactly_the_missing_events_in_order()
    {
        var (room, published) = await StartWithCaptionsAsync(12);
        var last = published[^1].Sequence;
        Assert.Equal(13, last);

        var catchUp = await room.GetEventsSince(9);

        Assert.Null(catchUp.Snapshot);
        Assert.Equal([10L, 11, 12, 13], catchUp.Events.Select(e => e.Sequence));
        Assert.Equal(published.Where(e => e.Sequence > 9), catchUp.Events);
        Assert.Equal(["caption 8", "caption 9", "caption 10", "caption 11"], catchUp.Events.Select(e => e.Caption!.Text));
        Assert.All(catchUp.Events, e => Assert.Equal(RoomEventKind.CaptionFinal, e.Kind));
    }

    [Fact]
    public async Task The_oldest_sequence_the_log_still_covers_gets_a_full_log_of_events()
    {
        var (room, published) = await StartWithCaptionsAsync(12);
        var last = published[^1].Sequence;

        var catchUp = await room.GetEventsSince(last - Capacity);

        Assert.Null(catchUp.Snapshot);
        Assert.Equal(Capacity, catchUp.Events.Count);
        Assert.Equal(published.TakeLast(Capacity), catchUp.Events);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public async Task A_sequence_older_than_the_log_gets_a_snapshot_and_no_events(long since)
    {
        var (room, published) = await StartWithCaptionsAsync(12);
        Assert.True(since < published[^1].Sequence - Capacity, "the test needs a sequence the log has dropped");

        var catchUp = await room.GetEventsSince(since);

        Assert.Empty(catchUp.Events);
        Assert.NotNull(catchUp.Snapshot);
        Assert.Equal(published[^1].Sequence, catchUp.Snapshot.Sequence);
        Assert.Equal(12, catchUp.Snapshot.TranscriptLength);
        Assert.Equal(
            published.TakeLast(LiveFairTestCluster.RecentCaptionCount).Select(e => e.Caption),
            catchUp.Snapshot.RecentCaptions);
    }

    [Fact]
    public async Task The_current_sequence_gets_nothing()
    {
        var (room, published) = await StartWithCaptionsAsync(12);

        var catchUp = await room.GetEventsSince(published[^1].Sequence);

        Assert.Empty(catchUp.Events);
        Assert.Null(catchUp.Snapshot);
    }

    [Fact]
    public async Task A_short_room_serves_every_event_from_the_start()
    {
        var (room, published) = await StartWithCaptionsAsync(3);

        var catchUp = await room.GetEventsSince(0);

        Assert.Null(catchUp.Snapshot);
        Assert.Equal([1L, 2, 3, 4], catchUp.Events.Select(e => e.Sequence));
        Assert.Equal(RoomEventKind.StatusChanged, catchUp.Events[0].Kind);
        Assert.Equal(published, catchUp.Events.Skip(1));
    }

    [Fact]
    public async Task A_negative_sequence_is_rejected()
    {
        var (room, _) = await StartWithCaptionsAsync(2);

        var error = await Assert.ThrowsAsync<DomainException>(() => room.GetEventsSince(-1));

        Assert.Equal("room.invalid_sequence", error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public async Task An_unknown_room_has_no_events()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Room(TestRooms.NewId("log")).GetEventsSince(0));

        Assert.Equal("room.not_found", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    private async Task<(IRoomGrain Room, List<RoomEvent> Published)> StartWithCaptionsAsync(int captions)
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("log"));
        var published = new List<RoomEvent>();
        for (var i = 0; i < captions; i++)
        {
            published.Add(await room.PublishCaption(TestRooms.Final($"caption {i}", speaker: $"Speaker {i % 2}")));
        }

        return (room, published);
    }
}
