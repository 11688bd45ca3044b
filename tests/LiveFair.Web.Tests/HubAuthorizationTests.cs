using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class HubAuthorizationTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    public static TheoryData<string> HostOnlyMethods => ["SendCaption", "StartRoom", "EndRoom"];

    [Theory]
    [MemberData(nameof(HostOnlyMethods))]
    public async Task An_anonymous_viewer_cannot_call_host_only_methods_and_nothing_changes(string method)
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var before = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        await using var viewer = await fixture.Host.ConnectAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => InvokeAsync(viewer, method, room));
        Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        await AssertUnchangedAsync(room, before);
    }

    [Theory]
    [MemberData(nameof(HostOnlyMethods))]
    public async Task A_captioner_of_another_organisation_is_refused_and_nothing_changes(string method)
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var before = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        await using var outsider = await fixture.Host.ConnectAsync(fixture.CaptionerB);

        var error = await Assert.ThrowsAsync<HubException>(() => InvokeAsync(outsider, method, room));
        Assert.Contains("room.forbidden", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(room, before);
    }

    [Fact]
    public async Task The_host_of_the_organisation_starts_and_ends_a_room()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA, start: false);
        await using var host = await fixture.Host.ConnectAsync(fixture.HostA);

        var started = await host.InvokeAsync<RoomSnapshot>("StartRoom", room);
        Assert.Equal(RoomStatus.Live, started.Status);
        var ended = await host.InvokeAsync<RoomSnapshot>("EndRoom", room);
        Assert.Equal(RoomStatus.Ended, ended.Status);

        var error = await Assert.ThrowsAsync<HubException>(() => host.InvokeAsync<RoomSnapshot>("StartRoom", room));
        Assert.Contains("room.ended", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RefusedCaptions => new()
    {
        { new string('a', 501), "caption.too_long" },
        { " ", "caption.empty" },
    };

    [Theory]
    [MemberData(nameof(RefusedCaptions))]
    public async Task A_refused_caption_says_why_over_the_hub(string text, string code)
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var before = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        await using var captioner = await fixture.Host.ConnectAsync(fixture.CaptionerA);

        var error = await Assert.ThrowsAsync<HubException>(() => captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = text, IsFinal = true }));
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(room, before);
    }

    [Fact]
    public async Task Captions_for_a_room_that_has_not_started_are_refused()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA, start: false);
        await using var captioner = await fixture.Host.ConnectAsync(fixture.CaptionerA);
        var error = await Assert.ThrowsAsync<HubException>(() => captioner.InvokeAsync<RoomEvent>("SendCaption", room, new CaptionInput { Text = "early", IsFinal = true }));
        Assert.Contains("room.not_live", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-room")]
    [InlineData("../etc/passwd")]
    [InlineData("<script>")]
    public async Task Joining_an_unknown_or_malformed_room_is_refused(string room)
    {
        await using var viewer = await fixture.Host.ConnectAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null));
        Assert.Contains("room.not_found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_sequence_is_refused_before_the_viewer_is_counted()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var viewer = await fixture.Host.ConnectAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<RoomCatchUp>("GetEventsSince", room, -5L));
        Assert.Contains("room.invalid_sequence", error.Message, StringComparison.Ordinal);

        var join = await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, -1L));
        Assert.Contains("room.invalid_sequence", join.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Host.Services.GetRequiredService<LiveFair.Web.Rooms.RoomFanout>().LocalViewers(room));
    }

    [Fact]
    public async Task A_client_ahead_of_the_room_gets_a_snapshot_to_start_over()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var viewer = await fixture.Host.ConnectAsync();
        var catchUp = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, 1_000_000L);
        Assert.NotNull(catchUp.Snapshot);
        Assert.True(catchUp.Snapshot.Sequence < 1_000_000);
    }

    private static Task InvokeAsync(HubConnection connection, string method, string room) => method switch
    {
        "SendCaption" => connection.InvokeAsync<RoomEvent>(method, room, new CaptionInput { Text = "not allowed", IsFinal = true }),
        _ => connection.InvokeAsync<RoomSnapshot>(method, room),
    };

    private async Task AssertUnchangedAsync(string room, RoomSnapshot before)
    {
        var after = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.TranscriptLength, after.TranscriptLength);
        Assert.Null(after.CurrentPartial);
    }
}
