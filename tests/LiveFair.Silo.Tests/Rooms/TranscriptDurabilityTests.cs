using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>
/// Final captions survive the silo: a graceful restart within the cluster, and a crash (kill) followed by a
/// new cluster over the same database file, as when the embedded process restarts. Each test owns its cluster.
/// </summary>
public sealed class TranscriptDurabilityTests : IDisposable
{
    private const int FinalCaptions = 8; // two sealed chunks of 3 and an open chunk of 2
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Final_captions_survive_a_silo_restart()
    {
        var roomId = TestRooms.NewId("durable");
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var before = await PublishAsync(cluster.Room(roomId), cluster.Client);

        await cluster.RestartSiloAsync();

        await AssertSurvivedAsync(cluster, roomId, before);
    }

    [Fact]
    public async Task Final_captions_survive_a_killed_silo()
    {
        var roomId = TestRooms.NewId("durable");
        Published before;
        await using (var crashed = await LiveFairTestCluster.StartAsync(_file.ConnectionString))
        {
            before = await PublishAsync(crashed.Room(roomId), crashed.Client);
            await crashed.Cluster.KillSiloAsync(crashed.Cluster.Silos[0]);
        }

        await using var restarted = await LiveFairTestCluster.StartAsync(_file.ConnectionString);

        await AssertSurvivedAsync(restarted, roomId, before);
    }

    private static async Task<Published> PublishAsync(IRoomGrain room, IClusterClient client)
    {
        await client.StartLiveAsync(room.GetPrimaryKeyString());
        var finals = new List<CaptionSegment>();
        long maxSequence = 1;
        for (var i = 0; i < FinalCaptions; i++)
        {
            var segment = Guid.NewGuid();
            var partial = await room.PublishCaption(TestRooms.Partial($"Line {i} in progr", segment));
            var final = await room.PublishCaption(TestRooms.Final($"Line {i}: 欢迎 <b>everyone</b> & \"quotes\"", speaker: $"Speaker {i % 3}", segmentId: segment));
            Assert.True(final.Sequence > partial.Sequence);
            finals.Add(final.Caption!);
            maxSequence = final.Sequence;
        }

        // A trailing partial: never stored, but its number must not be handed out again.
        var trailing = await room.PublishCaption(TestRooms.Partial("an unfinished thought", Guid.NewGuid()));
        maxSequence = Math.Max(maxSequence, trailing.Sequence);

        var snapshot = await room.GetSnapshot();
        Assert.Equal(FinalCaptions, snapshot.TranscriptLength);
        Assert.Equal(maxSequence, snapshot.Sequence);
        return new Published(finals, maxSequence, snapshot);
    }

    private static async Task AssertSurvivedAsync(LiveFairTestCluster cluster, string roomId, Published before)
    {
        var room = cluster.Room(roomId);

        var snapshot = await room.GetSnapshot();

        Assert.Equal(RoomStatus.Live, snapshot.Status);
        Assert.Equal(before.Snapshot.StartedAt, snapshot.StartedAt);
        Assert.Equal(FinalCaptions, snapshot.TranscriptLength);
        Assert.Equal(before.Snapshot.RecentCaptions, snapshot.RecentCaptions);
        Assert.Null(snapshot.CurrentPartial);
        Assert.True(snapshot.Sequence >= before.MaxSequence, $"snapshot sequence {snapshot.Sequence} went below {before.MaxSequence}");

        // Every final caption exactly once, in order, with text and speaker intact.
        var transcript = new List<CaptionSegment>();
        var pages = new List<int>();
        int? page = 0;
        while (page is int current)
        {
            Assert.True(pages.Count <= 10, "transcript paging does not end");
            pages.Add(current);
            var result = await room.GetTranscriptPage(current);
            transcript.AddRange(result.Segments);
            Assert.Equal(before.Snapshot.StartedAt, result.RoomStartedAt);
            page = result.NextPage;
        }

        Assert.Equal([0, 1, 2], pages);
        Assert.Equal(before.Finals, transcript);
        Assert.Equal(before.Finals.Select(f => f.Id).Distinct().Count(), transcript.Count);
        Assert.All(transcript, segment => Assert.True(segment.IsFinal));

        // Events from before the restart are gone from memory: an old sequence gets a snapshot.
        var catchUp = await room.GetEventsSince(before.MaxSequence - 1);
        Assert.Empty(catchUp.Events);
        Assert.NotNull(catchUp.Snapshot);
        Assert.Equal(FinalCaptions, catchUp.Snapshot.TranscriptLength);

        // Numbers are never reused, not even those of partials that were never stored.
        var next = await room.PublishCaption(TestRooms.Final("After the restart."));
        Assert.True(next.Sequence > before.MaxSequence, $"sequence {next.Sequence} reuses a number at or below {before.MaxSequence}");
        var afterNext = await room.GetSnapshot();
        Assert.Equal(next.Sequence, afterNext.Sequence);
        Assert.Equal(FinalCaptions + 1, afterNext.TranscriptLength);

        // The catch-up after the restart is exact again from the first new number on.
        var sinceRestart = await room.GetEventsSince(next.Sequence - 1);
        Assert.Null(sinceRestart.Snapshot);
        Assert.Equal([next], sinceRestart.Events);
    }

    private sealed record Published(List<CaptionSegment> Finals, long MaxSequence, RoomSnapshot Snapshot);
}
