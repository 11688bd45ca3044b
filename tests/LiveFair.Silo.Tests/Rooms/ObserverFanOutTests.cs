using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>Rooms push each event to the Web nodes that subscribed, and only to those.</summary>
public sealed class ObserverFanOutTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task A_subscribed_node_receives_every_event_in_order()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("fan"));
        var node = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IRoomObserver>(node);
        try
        {
            await room.Subscribe(reference, 3);
            var segment = Guid.NewGuid();
            var published = new List<RoomEvent>
            {
                await room.PublishCaption(TestRooms.Partial("Good morn", segment)),
                await room.PublishCaption(TestRooms.Final("Good morning, everyone.", speaker: "Host", segmentId: segment)),
                await room.PublishCaption(TestRooms.Final("Welcome to the fair.")),
            };
            var renamed = await room.Schedule(TestRooms.Details(title: "Renamed"));
            // The viewer-count timer may add its own event right after; take the one this change made.
            published.Add((await room.GetEventsSince(renamed.Sequence - 1)).Events.Single(e => e.Sequence == renamed.Sequence));
            var ended = await room.EndRoom();
            published.Add((await room.GetEventsSince(ended.Sequence - 1)).Events.Single(e => e.Sequence == ended.Sequence));

            var received = await node.WaitForSequenceAsync(ended.Sequence);

            var captionAndStatus = received.Where(e => e.Kind != RoomEventKind.ViewersChanged).ToList();
            Assert.Equal(published, captionAndStatus);

            // Every number arrived once and in order; the viewer count's timer may take any number in between.
            var numbers = received.Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range((int)numbers[0], numbers.Count).Select(i => (long)i), numbers);
            Assert.True(numbers[0] <= published[0].Sequence);
            Assert.Equal(RoomStatus.Ended, captionAndStatus[^1].Status);
        }
        finally
        {
            fixture.Client.DeleteObjectReference<IRoomObserver>(reference);
        }
    }

    [Fact]
    public async Task An_unsubscribed_node_receives_nothing_more()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("fan"));
        var leaving = new RecordingObserver();
        var staying = new RecordingObserver();
        var leavingReference = fixture.Client.CreateObjectReference<IRoomObserver>(leaving);
        var stayingReference = fixture.Client.CreateObjectReference<IRoomObserver>(staying);
        try
        {
            await room.Subscribe(leavingReference, 1);
            await room.Subscribe(stayingReference, 1);
            var before = await room.PublishCaption(TestRooms.Final("Both nodes hear this."));
            await leaving.WaitForSequenceAsync(before.Sequence);

            await room.Unsubscribe(leavingReference);
            var after = new List<RoomEvent>();
            for (var i = 0; i < 3; i++)
            {
                after.Add(await room.PublishCaption(TestRooms.Final($"Only the staying node hears line {i}.")));
            }

            // The staying node shares the connection the leaving one would be reached by; once it has every
            // later event, any event sent to the leaving node would have arrived too.
            await staying.WaitForSequenceAsync(after[^1].Sequence);
            Assert.DoesNotContain(leaving.Events, e => after.Any(a => a.Sequence == e.Sequence));
            Assert.DoesNotContain(leaving.Events, e => e.Sequence > before.Sequence && e.Kind != RoomEventKind.ViewersChanged);
            Assert.Contains(leaving.Events, e => e.Sequence == before.Sequence);
        }
        finally
        {
            fixture.Client.DeleteObjectReference<IRoomObserver>(leavingReference);
            fixture.Client.DeleteObjectReference<IRoomObserver>(stayingReference);
        }
    }

    [Fact]
    public async Task A_node_hears_only_the_rooms_it_subscribed_to()
    {
        var firstRoom = await fixture.Client.StartLiveAsync(TestRooms.NewId("fan"));
        var secondRoom = await fixture.Client.StartLiveAsync(TestRooms.NewId("fan"));
        var firstNode = new RecordingObserver();
        var secondNode = new RecordingObserver();
        var firstReference = fixture.Client.CreateObjectReference<IRoomObserver>(firstNode);
        var secondReference = fixture.Client.CreateObjectReference<IRoomObserver>(secondNode);
        try
        {
            await firstRoom.Subscribe(firstReference, 2);
            await secondRoom.Subscribe(secondReference, 2);

            var inFirst = await firstRoom.PublishCaption(TestRooms.Final("first room"));
            var inSecond = new List<RoomEvent>();
            for (var i = 0; i < 3; i++)
            {
                inSecond.Add(await secondRoom.PublishCaption(TestRooms.Final($"second room {i}")));
            }

            var lastInFirst = await firstRoom.PublishCaption(TestRooms.Final("first room again"));

            await secondNode.WaitForSequenceAsync(inSecond[^1].Sequence);
            var heardInFirst = await firstNode.WaitForSequenceAsync(lastInFirst.Sequence);
            Assert.All(heardInFirst, e => Assert.Equal(firstRoom.GetPrimaryKeyString(), e.RoomId));
            Assert.All(secondNode.Events, e => Assert.Equal(secondRoom.GetPrimaryKeyString(), e.RoomId));
            Assert.Equal([inFirst, lastInFirst], heardInFirst.Where(e => e.Kind == RoomEventKind.CaptionFinal));
            Assert.Equal(inSecond, secondNode.Events.Where(e => e.Kind == RoomEventKind.CaptionFinal));
        }
        finally
        {
            fixture.Client.DeleteObjectReference<IRoomObserver>(firstReference);
            fixture.Client.DeleteObjectReference<IRoomObserver>(secondReference);
        }
    }
}
