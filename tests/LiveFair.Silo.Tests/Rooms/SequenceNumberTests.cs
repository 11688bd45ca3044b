using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

public sealed class SequenceNumberTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task A_new_room_starts_at_sequence_zero_and_its_start_is_event_one()
    {
        var room = fixture.Room(TestRooms.NewId("seq"));

        var scheduled = await room.Schedule(TestRooms.Details());
        var started = await room.StartRoom();

        Assert.Equal(0, scheduled.Sequence);
        Assert.Equal(RoomStatus.Live, started.Status);
        Assert.Equal(1, started.Sequence);
    }

    [Fact]
    public async Task Every_event_gets_the_next_number_without_gaps_across_sequence_blocks()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("seq"));
        var sequences = new List<long> { 1 };
        var kinds = new List<RoomEventKind> { RoomEventKind.StatusChanged };

        // More events than one reserved block (10), mixing partial and final captions and a details change.
        for (var line = 0; line < 5; line++)
        {
            var segment = Guid.NewGuid();
            foreach (var input in new[]
            {
                TestRooms.Partial($"line {line} typ", segment),
                TestRooms.Partial($"line {line} typing", segment),
                TestRooms.Final($"line {line} typed.", segmentId: segment),
            })
            {
                var roomEvent = await room.PublishCaption(input);
                sequences.Add(roomEvent.Sequence);
                kinds.Add(roomEvent.Kind);
            }
        }

        await room.Schedule(TestRooms.Details(title: "Renamed fair"));
        var afterRename = await room.GetSnapshot();
        sequences.Add(afterRename.Sequence);
        kinds.Add(RoomEventKind.DetailsChanged);

        var ended = await room.EndRoom();
        sequences.Add(ended.Sequence);

        Assert.Equal(Enumerable.Range(1, 18).Select(i => (long)i), sequences);
        Assert.Equal(10, kinds.Count(k => k == RoomEventKind.CaptionPartial));
        Assert.Equal(5, kinds.Count(k => k == RoomEventKind.CaptionFinal));

        // The log agrees with what the calls returned: every event after 10, numbered 11..18, of the right kinds.
        var catchUp = await room.GetEventsSince(10);
        Assert.Null(catchUp.Snapshot);
        Assert.Equal(Enumerable.Range(11, 8).Select(i => (long)i), catchUp.Events.Select(e => e.Sequence));
        Assert.Equal(RoomEventKind.DetailsChanged, catchUp.Events[^2].Kind);
        Assert.Equal(RoomEventKind.StatusChanged, catchUp.Events[^1].Kind);
        Assert.Equal(RoomStatus.Ended, catchUp.Events[^1].Status);
    }

    [Fact]
    public async Task A_snapshot_carries_the_sequence_of_the_last_event()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("seq"));
        RoomEvent last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await room.PublishCaption(TestRooms.Final($"caption {i}"));
        }

        var afterFinal = await room.GetSnapshot();
        Assert.Equal(last.Sequence, afterFinal.Sequence);
        Assert.Equal(5, afterFinal.Sequence);

        var partial = await room.PublishCaption(TestRooms.Partial("still typ", Guid.NewGuid()));
        var afterPartial = await room.GetSnapshot();
        Assert.Equal(partial.Sequence, afterPartial.Sequence);
        Assert.Equal(last.Sequence + 1, partial.Sequence);
        Assert.Equal(partial.Caption, afterPartial.CurrentPartial);
    }

    [Fact]
    public async Task Rooms_number_their_events_independently()
    {
        var first = await fixture.Client.StartLiveAsync(TestRooms.NewId("seq"));
        var second = await fixture.Client.StartLiveAsync(TestRooms.NewId("seq"));

        var a1 = await first.PublishCaption(TestRooms.Final("first room, line one"));
        var b1 = await second.PublishCaption(TestRooms.Final("second room, line one"));
        var a2 = await first.PublishCaption(TestRooms.Final("first room, line two"));

        Assert.Equal(2, a1.Sequence);
        Assert.Equal(2, b1.Sequence);
        Assert.Equal(3, a2.Sequence);
    }
}
