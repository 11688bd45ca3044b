using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>
/// Each Web node reports its local viewers; the room sums them and announces changes every
/// <see cref="LiveFairTestCluster.ViewerCountInterval"/> (200 ms here).
/// </summary>
public sealed class ViewerCountTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task The_room_announces_the_sum_of_the_viewers_its_nodes_report()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("viewers"));
        var first = new RecordingObserver();
        var second = new RecordingObserver();
        var firstReference = fixture.Client.CreateObjectReference<IRoomObserver>(first);
        var secondReference = fixture.Client.CreateObjectReference<IRoomObserver>(second);
        try
        {
            await room.Subscribe(firstReference, 3);
            await room.Subscribe(secondReference, 4);

            var heard = await first.WaitForAsync(
                events => events.Any(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 7),
                "a ViewersChanged event with 7 viewers");
            var announcement = heard.First(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 7);
            await second.WaitForSequenceAsync(announcement.Sequence);
            Assert.Equal(announcement, second.Events.Single(e => e.Sequence == announcement.Sequence));

            var snapshot = await room.GetSnapshot();
            Assert.Equal(7, snapshot.Viewers);
            Assert.Equal(7, snapshot.PeakViewers);
            Assert.True(snapshot.Sequence >= announcement.Sequence);

            // Viewer announcements are numbered like every other event: no gaps in what a node heard.
            var sequences = heard.Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range((int)sequences[0], sequences.Count).Select(i => (long)i), sequences);

            // A renewal with a new count replaces the node's count rather than adding to it.
            await room.Subscribe(secondReference, 1);
            await Eventually.GetAsync(room.GetSnapshot, s => s.Viewers == 4, "the count to drop to 4");
            await first.WaitForAsync(events => events.Any(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 4), "a ViewersChanged event with 4 viewers");

            // A node that leaves takes its viewers with it; the peak stays.
            await room.Unsubscribe(firstReference);
            var afterLeave = await Eventually.GetAsync(room.GetSnapshot, s => s.Viewers == 1, "the count to drop to 1");
            Assert.Equal(7, afterLeave.PeakViewers);
            await second.WaitForAsync(events => events.Any(e => e.Kind == RoomEventKind.ViewersChanged && e.Viewers == 1), "a ViewersChanged event with 1 viewer");
        }
        finally
        {
            fixture.Client.DeleteObjectReference<IRoomObserver>(firstReference);
            fixture.Client.DeleteObjectReference<IRoomObserver>(secondReference);
        }
    }

    [Fact]
    public async Task A_negative_viewer_count_is_refused()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("viewers"));
        var node = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IRoomObserver>(node);
        try
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => room.Subscribe(reference, -1));

            Assert.Equal("room.invalid_viewer_count", error.Code);
        }
        finally
        {
            fixture.Client.DeleteObjectReference<IRoomObserver>(reference);
        }
    }
}
