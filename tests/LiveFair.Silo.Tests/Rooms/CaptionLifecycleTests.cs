using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>Partial lines, their final versions, and what a snapshot shows of them.</summary>
public sealed class CaptionLifecycleTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task A_final_line_keeps_the_id_and_start_time_of_its_partials_and_clears_the_current_partial()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));
        var segment = Guid.NewGuid();

        var first = await room.PublishCaption(TestRooms.Partial("Wel", segment));
        Assert.Equal(first.Caption, (await room.GetSnapshot()).CurrentPartial);
        var second = await room.PublishCaption(TestRooms.Partial("Welcome", segment));
        Assert.Equal(second.Caption, (await room.GetSnapshot()).CurrentPartial);
        var final = await room.PublishCaption(TestRooms.Final("Welcome, everyone.", speaker: "Host", segmentId: segment));

        Assert.All(new[] { first, second, final }, e => Assert.Equal(segment, e.Caption!.Id));
        Assert.Equal([false, false, true], new[] { first, second, final }.Select(e => e.Caption!.IsFinal));
        Assert.Equal(first.Caption!.StartedAt, second.Caption!.StartedAt);
        Assert.Equal(first.Caption.StartedAt, final.Caption!.StartedAt);
        Assert.True(final.Caption.ReceivedAt >= first.Caption.ReceivedAt);

        var snapshot = await room.GetSnapshot();
        Assert.Null(snapshot.CurrentPartial);
        Assert.Equal([final.Caption], snapshot.RecentCaptions);
        Assert.Equal([final.Caption], await room.ReadTranscriptAsync());
    }

    [Fact]
    public async Task Partials_are_not_part_of_the_transcript()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));

        await room.PublishCaption(TestRooms.Partial("never finished", Guid.NewGuid()));

        var snapshot = await room.GetSnapshot();
        Assert.Equal(0, snapshot.TranscriptLength);
        Assert.Empty(snapshot.RecentCaptions);
        Assert.Empty(await room.ReadTranscriptAsync());
        Assert.Equal("never finished", snapshot.CurrentPartial?.Text);
    }

    [Fact]
    public async Task A_final_for_another_line_leaves_the_current_partial_alone()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));
        var typing = await room.PublishCaption(TestRooms.Partial("still typing", Guid.NewGuid()));

        await room.PublishCaption(TestRooms.Final("a different, finished line"));

        Assert.Equal(typing.Caption, (await room.GetSnapshot()).CurrentPartial);
    }

    [Fact]
    public async Task A_snapshot_shows_only_the_newest_final_lines_oldest_first()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));
        var finals = new List<CaptionSegment>();
        for (var i = 0; i < 7; i++)
        {
            finals.Add((await room.PublishCaption(TestRooms.Final($"line {i}"))).Caption!);
        }

        var snapshot = await room.GetSnapshot();

        Assert.Equal(finals.TakeLast(LiveFairTestCluster.RecentCaptionCount), snapshot.RecentCaptions);
        Assert.Equal(7, snapshot.TranscriptLength);
        Assert.Equal(finals, await room.ReadTranscriptAsync());
    }

    [Fact]
    public async Task Ending_a_room_drops_the_line_being_typed()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));
        await room.PublishCaption(TestRooms.Partial("cut off mid", Guid.NewGuid()));

        var ended = await room.EndRoom();

        Assert.Null(ended.CurrentPartial);
        Assert.Null((await room.GetSnapshot()).CurrentPartial);
    }

    [Fact]
    public async Task Transcript_pages_hold_one_chunk_each_and_the_last_page_has_no_next()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("line"));
        var chunk = LiveFairTestCluster.TranscriptChunkSize;
        for (var i = 0; i < (2 * chunk) + 1; i++)
        {
            await room.PublishCaption(TestRooms.Final($"line {i}"));
        }

        var first = await room.GetTranscriptPage(0);
        var second = await room.GetTranscriptPage(1);
        var last = await room.GetTranscriptPage(2);

        Assert.Equal(chunk, first.Segments.Count);
        Assert.Equal(1, first.NextPage);
        Assert.Equal(chunk, second.Segments.Count);
        Assert.Equal(2, second.NextPage);
        Assert.Single(last.Segments);
        Assert.Null(last.NextPage);
        var error = await Assert.ThrowsAsync<LiveFair.Contracts.Common.DomainException>(() => room.GetTranscriptPage(3));
        Assert.Equal("transcript.invalid_page", error.Code);
        Assert.Equal("transcript.invalid_page", (await Assert.ThrowsAsync<LiveFair.Contracts.Common.DomainException>(() => room.GetTranscriptPage(-1))).Code);
    }
}
