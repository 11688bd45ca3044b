using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>Refused captions say why (a stable code) and change nothing; accepted text is stored as data.</summary>
public sealed class CaptionRejectionTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    public static TheoryData<string, string?, string?, string?> InvalidCaptions => new()
    {
        { "caption.too_long", new string('字', CaptionSegment.MaxTextLength + 1), null, null },
        { "caption.too_long", new string('x', (CaptionSegment.MaxTextLength * 4) + 1), null, null },
        { "caption.empty", "", null, null },
        { "caption.empty", null, null, null },
        { "caption.empty", "  \t\r\n  ", null, null },
        { "caption.invalid_characters", "\u0007", null, null },
        { "caption.invalid_characters", "before\u0000after", null, null },
        { "caption.invalid_characters", "escape \u001b[31m red", null, null },
        { "caption.invalid_language", "hello", null, "not a tag" },
        { "caption.invalid_language", "hello", null, "e" },
        { "caption.invalid_language", "hello", null, "zh_CN" },
        { "caption.speaker.too_long", "hello", new string('s', CaptionSegment.MaxSpeakerLength + 1), null },
        { "caption.speaker.invalid_characters", "hello", "Speaker\u0007", null },
    };

    [Theory]
    [MemberData(nameof(InvalidCaptions))]
    public async Task An_invalid_caption_is_refused_and_changes_nothing(string code, string? text, string? speaker, string? language)
    {
        var room = await StartWithHistoryAsync();

        await RoomAssert.RejectedWithoutChangeAsync(room, code, ErrorKind.Invalid, () =>
            room.PublishCaption(new CaptionInput { Text = text, Speaker = speaker, Language = language, IsFinal = true }));
    }

    [Fact]
    public async Task An_invalid_partial_does_not_replace_the_current_partial()
    {
        var room = await StartWithHistoryAsync();
        var segment = Guid.NewGuid();
        await room.PublishCaption(TestRooms.Partial("typing", segment));

        await RoomAssert.RejectedWithoutChangeAsync(room, "caption.invalid_characters", ErrorKind.Invalid, () =>
            room.PublishCaption(new CaptionInput { SegmentId = segment, Text = "typing\u0008", IsFinal = false }));
        Assert.Equal("typing", (await room.GetSnapshot()).CurrentPartial?.Text);
    }

    [Fact]
    public async Task An_empty_segment_id_is_refused()
    {
        var room = await StartWithHistoryAsync();

        await RoomAssert.RejectedWithoutChangeAsync(room, "caption.invalid_segment", ErrorKind.Invalid, () =>
            room.PublishCaption(TestRooms.Final("hello", segmentId: Guid.Empty)));
    }

    [Fact]
    public async Task A_caption_for_an_ended_room_is_refused()
    {
        var room = await StartWithHistoryAsync();
        await room.EndRoom();

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.ended", ErrorKind.Conflict, () =>
            room.PublishCaption(TestRooms.Final("too late")));
    }

    [Fact]
    public async Task A_caption_for_a_room_that_has_not_started_is_refused()
    {
        var room = fixture.Room(TestRooms.NewId("cap"));
        await room.Schedule(TestRooms.Details());

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.not_live", ErrorKind.Conflict, () =>
            room.PublishCaption(TestRooms.Final("too early")));
        Assert.Equal(RoomStatus.Scheduled, (await room.GetSnapshot()).Status);
    }

    [Fact]
    public async Task A_caption_for_an_unknown_room_is_refused_and_does_not_create_it()
    {
        var room = fixture.Room(TestRooms.NewId("cap"));

        var error = await Assert.ThrowsAsync<DomainException>(() => room.PublishCaption(TestRooms.Final("anyone there?")));

        Assert.Equal("room.not_found", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        var stillMissing = await Assert.ThrowsAsync<DomainException>(room.GetSnapshot);
        Assert.Equal("room.not_found", stillMissing.Code);
    }

    [Fact]
    public async Task Markup_is_accepted_and_stored_verbatim()
    {
        var room = await StartWithHistoryAsync();
        const string Markup = "<script>alert(1)</script> & <b>bold</b> \"quoted\" 'single'";
        const string Speaker = "<img src=x onerror=alert(2)>";

        var accepted = await room.PublishCaption(TestRooms.Final(Markup, speaker: Speaker));

        Assert.Equal(Markup, accepted.Caption!.Text);
        Assert.Equal(Speaker, accepted.Caption.Speaker);
        var snapshot = await room.GetSnapshot();
        Assert.Equal(accepted.Caption, snapshot.RecentCaptions[^1]);
        var transcript = await room.ReadTranscriptAsync();
        Assert.Equal(accepted.Caption, transcript[^1]);
    }

    [Fact]
    public async Task Text_at_the_limits_is_accepted_and_whitespace_is_normalised()
    {
        var room = await StartWithHistoryAsync();
        var longest = new string('字', CaptionSegment.MaxTextLength);
        var longestSpeaker = new string('s', CaptionSegment.MaxSpeakerLength);

        var atLimit = await room.PublishCaption(new CaptionInput { Text = longest, Speaker = longestSpeaker, Language = "zh-Hans-CN", IsFinal = true });
        var normalised = await room.PublishCaption(TestRooms.Final("  line one\r\nline\ttwo  "));

        Assert.Equal(longest, atLimit.Caption!.Text);
        Assert.Equal(longestSpeaker, atLimit.Caption.Speaker);
        Assert.Equal("zh-Hans-CN", atLimit.Caption.Language);
        Assert.Equal("line one  line two", normalised.Caption!.Text);
        Assert.Equal("zh-CN", normalised.Caption.Language); // the room's language when none is given
    }

    /// <summary>A live room with a sealed chunk and a partly filled one, so "nothing changed" has something to compare.</summary>
    private async Task<IRoomGrain> StartWithHistoryAsync()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("cap"));
        for (var i = 0; i < LiveFairTestCluster.TranscriptChunkSize + 1; i++)
        {
            await room.PublishCaption(TestRooms.Final($"history {i}"));
        }

        return room;
    }
}
