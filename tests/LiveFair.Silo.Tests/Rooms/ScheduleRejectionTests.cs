using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>Refused schedule and status changes say why and change nothing.</summary>
public sealed class ScheduleRejectionTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    public static TheoryData<string, RoomDetails> InvalidDetails => new()
    {
        { "room.invalid_schedule", TestRooms.Details() with { ScheduledEnd = TestRooms.Start.AddMinutes(-1) } },
        { "room.invalid_schedule", TestRooms.Details() with { ScheduledEnd = TestRooms.Start } },
        { "room.title.empty", TestRooms.Details(title: "") },
        { "room.title.empty", TestRooms.Details(title: " \t ") },
        { "room.title.too_long", TestRooms.Details(title: new string('t', 121)) },
        { "room.title.invalid_characters", TestRooms.Details(title: "Fair\u0007") },
        { "room.host_org_id.empty", TestRooms.Details() with { HostOrganisationId = "" } },
        { "room.playback_url.invalid_url", TestRooms.Details() with { PlaybackUrl = "javascript:alert(1)" } },
        { "room.sign_language_url.invalid_url", TestRooms.Details() with { SignLanguageUrl = "/relative" } },
        { "caption.invalid_language", TestRooms.Details() with { Language = "chinese please" } },
        { "room.invalid_kind", TestRooms.Details() with { Kind = (RoomKind)42 } },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public async Task Invalid_details_do_not_create_a_room(string code, RoomDetails details)
    {
        var room = fixture.Room(TestRooms.NewId("sched"));

        var error = await Assert.ThrowsAsync<DomainException>(() => room.Schedule(details));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Equal("room.not_found", (await Assert.ThrowsAsync<DomainException>(room.GetSnapshot)).Code);
    }

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public async Task Invalid_details_do_not_change_a_live_room(string code, RoomDetails details)
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("sched"));
        await room.PublishCaption(TestRooms.Final("already talking"));

        await RoomAssert.RejectedWithoutChangeAsync(room, code, ErrorKind.Invalid, () => room.Schedule(details));
    }

    [Fact]
    public async Task The_kind_of_a_room_is_fixed()
    {
        var room = fixture.Room(TestRooms.NewId("sched"));
        await room.Schedule(TestRooms.Details());

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.kind_fixed", ErrorKind.Invalid, () =>
            room.Schedule(TestRooms.Details() with { Kind = RoomKind.CharitySale }));
    }

    [Fact]
    public async Task An_ended_room_cannot_be_rescheduled_or_restarted()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("sched"));
        await room.EndRoom();

        await RoomAssert.RejectedWithoutChangeAsync(room, "room.ended", ErrorKind.Conflict, () => room.Schedule(TestRooms.Details(title: "Again")));
        await RoomAssert.RejectedWithoutChangeAsync(room, "room.ended", ErrorKind.Conflict, room.StartRoom);
    }

    [Fact]
    public async Task Starting_or_ending_twice_changes_nothing_the_second_time()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("sched"));

        var startedAgain = await room.StartRoom();
        Assert.Equal(1, startedAgain.Sequence);

        var ended = await room.EndRoom();
        var endedAgain = await room.EndRoom();
        Assert.Equal(2, ended.Sequence);
        Assert.Equal(ended.Sequence, endedAgain.Sequence);
        Assert.Equal(ended.EndedAt, endedAgain.EndedAt);
    }

    [Fact]
    public async Task Commands_on_an_unknown_room_are_refused()
    {
        var room = fixture.Room(TestRooms.NewId("sched"));

        foreach (var command in new Func<Task>[] { room.StartRoom, room.EndRoom, room.RotateIngestToken, () => room.GetTranscriptPage(0) })
        {
            var error = await Assert.ThrowsAsync<DomainException>(command);
            Assert.Equal("room.not_found", error.Code);
            Assert.Equal(ErrorKind.NotFound, error.Kind);
        }

        Assert.Equal("room.not_found", (await Assert.ThrowsAsync<DomainException>(room.GetSnapshot)).Code);
    }
}
