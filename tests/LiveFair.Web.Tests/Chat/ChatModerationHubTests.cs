using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Chat;

/// <summary>Moderator methods over the hub: only the room's own staff may call them, and each does what it says.</summary>
public sealed class ChatModerationHubTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private LiveFairTestHost Host => fixture.Host;

    public static TheoryData<string> ModeratorMethods =>
        ["DeleteChat", "MuteChatAuthor", "BlockChatAuthor", "LiftChatRestriction", "GetChatModeration", "DismissChatReport"];

    [Theory]
    [MemberData(nameof(ModeratorMethods))]
    public async Task A_signed_in_viewer_is_refused_every_moderator_method_and_nothing_changes(string method)
    {
        var (room, author, message, report) = await RoomWithReportAsync();
        await using var viewer = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        var before = await SnapshotAsync(room);

        var error = await Assert.ThrowsAsync<HubException>(() => InvokeModeratorAsync(viewer.Connection, method, room, message, author, report));

        Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        await AssertUnchangedAsync(room, before);
    }

    [Theory]
    [MemberData(nameof(ModeratorMethods))]
    public async Task Staff_of_another_organisation_are_refused_and_nothing_changes(string method)
    {
        var (room, author, message, report) = await RoomWithReportAsync();
        await using var outsider = await Host.ConnectAsync(fixture.CaptionerB);
        var before = await SnapshotAsync(room);

        var error = await Assert.ThrowsAsync<HubException>(() => InvokeModeratorAsync(outsider, method, room, message, author, report));

        Assert.StartsWith("room.forbidden:", ChatHubTests.HubDetail(error), StringComparison.Ordinal);
        await AssertUnchangedAsync(room, before);
    }

    [Fact]
    public async Task A_muted_viewer_is_refused_until_a_moderator_lifts_the_mute()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        var person = await Host.CreatePersonAsync();
        await using var viewer = await ChatClient.JoinAsync(Host, room, person);
        await using var moderator = await Host.ConnectAsync(fixture.HostA);
        var message = await viewer.SendAsync("first");

        var mute = await moderator.InvokeAsync<ChatRestriction>("MuteChatAuthor", room, message.MessageId, 10);

        Assert.Equal(person.Id, mute.PersonId);
        Assert.Equal(ChatRestrictionKind.Muted, mute.Kind);
        var refused = await Assert.ThrowsAsync<HubException>(() => viewer.SendAsync("second"));
        Assert.StartsWith("chat.muted:", ChatHubTests.HubDetail(refused), StringComparison.Ordinal);
        var standing = await viewer.Connection.InvokeAsync<ChatStanding>("GetChatStanding", room);
        Assert.Equal(mute.Until, standing.MutedUntil);

        await moderator.InvokeAsync("LiftChatRestriction", room, person.Id);

        Assert.Equal("third", (await viewer.SendAsync("third")).Text);
    }

    [Fact]
    public async Task A_mute_outside_one_minute_to_one_day_is_refused()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var viewer = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        await using var moderator = await Host.ConnectAsync(fixture.CaptionerA);
        var message = await viewer.SendAsync("hello");

        var error = await Assert.ThrowsAsync<HubException>(() => moderator.InvokeAsync<ChatRestriction>("MuteChatAuthor", room, message.MessageId, 0));

        Assert.StartsWith("chat.invalid_duration:", ChatHubTests.HubDetail(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocking_drops_the_blocked_persons_connection_and_they_cannot_rejoin()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        var person = await Host.CreatePersonAsync();
        await using var blocked = await ChatClient.JoinAsync(Host, room, person);
        await using var bystander = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        await using var moderator = await Host.ConnectAsync(fixture.HostA);
        var abuse = await blocked.SendAsync("abuse");

        var block = await moderator.InvokeAsync<ChatRestriction>("BlockChatAuthor", room, abuse.MessageId);

        Assert.Equal(ChatRestrictionKind.Blocked, block.Kind);
        Assert.Equal(room, await blocked.Removed.WaitAsync(TimeSpan.FromSeconds(10)));

        // Once the bystander has the next message, the blocked connection would have had it too.
        var after = await bystander.SendAsync("after the block");
        await bystander.WaitForMessageAsync(after.MessageId);
        Assert.DoesNotContain(blocked.Events.Events, e => e.Kind == RoomEventKind.ChatPosted && e.Chat!.MessageId == after.MessageId);

        var rejoin = await Assert.ThrowsAsync<HubException>(() => blocked.Connection.InvokeAsync<RoomCatchUp>("JoinRoom", room, null));
        Assert.StartsWith("room.blocked:", ChatHubTests.HubDetail(rejoin), StringComparison.Ordinal);
        await using var fresh = await Host.ConnectAsync(await Host.SignInAsync(person));
        var freshJoin = await Assert.ThrowsAsync<HubException>(() => fresh.InvokeAsync<RoomCatchUp>("JoinRoom", room, null));
        Assert.StartsWith("room.blocked:", ChatHubTests.HubDetail(freshJoin), StringComparison.Ordinal);
        Assert.StartsWith("chat.blocked:", ChatHubTests.HubDetail(await Assert.ThrowsAsync<HubException>(() => blocked.SendAsync("again"))), StringComparison.Ordinal);

        // Other rooms are not affected.
        var otherRoom = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await fresh.InvokeAsync<RoomCatchUp>("JoinRoom", otherRoom, null);
    }

    [Fact]
    public async Task A_report_appears_in_moderation_and_a_moderator_can_delete_the_message()
    {
        var (room, _, message, _) = await RoomWithReportAsync();
        await using var watcher = await ChatClient.JoinAsync(Host, room);
        await using var moderator = await Host.ConnectAsync(fixture.CaptionerA);

        var moderation = await moderator.InvokeAsync<ChatModeration>("GetChatModeration", room);
        var report = Assert.Single(moderation.OpenReports);
        Assert.Equal(message.MessageId, report.Message.MessageId);
        Assert.Equal("广告", report.Reason);
        Assert.Equal(1, report.Count);

        await moderator.InvokeAsync("DeleteChat", room, message.MessageId);

        var removal = await watcher.Events.WaitForAsync(e => e.Kind == RoomEventKind.ChatRemoved);
        Assert.Equal([message.MessageId], removal.RemovedMessageIds);
        Assert.Empty((await moderator.InvokeAsync<ChatModeration>("GetChatModeration", room)).OpenReports);
        Assert.Empty(await watcher.Connection.InvokeAsync<IReadOnlyList<ChatMessage>>("GetChat", room));
    }

    [Fact]
    public async Task A_dismissed_report_leaves_the_message()
    {
        var (room, _, message, report) = await RoomWithReportAsync();
        await using var moderator = await Host.ConnectAsync(fixture.HostA);

        await moderator.InvokeAsync("DismissChatReport", room, report);

        Assert.Empty((await moderator.InvokeAsync<ChatModeration>("GetChatModeration", room)).OpenReports);
        Assert.Equal([message], await Host.Grains.GetGrain<IRoomChatGrain>(room).GetRecent());
    }

    /// <summary>A room with one message from a fresh person, reported once by another.</summary>
    private async Task<(string Room, TestPerson Author, ChatMessage Message, string ReportId)> RoomWithReportAsync()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        var author = await Host.CreatePersonAsync();
        await using var sender = await ChatClient.JoinAsync(Host, room, author);
        await using var reporter = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        var message = await sender.SendAsync("加我微信领红包");
        await reporter.Connection.InvokeAsync("ReportChat", room, message.MessageId, "广告");
        var report = Assert.Single((await Host.Grains.GetGrain<IRoomChatGrain>(room).GetModeration()).OpenReports);
        await Host.Grains.GetGrain<IRoomChatGrain>(room).MuteAuthor("setup-moderator", message.MessageId, TimeSpan.FromMinutes(5));
        return (room, author, message, report.ReportId);
    }

    private static Task InvokeModeratorAsync(HubConnection connection, string method, string room, ChatMessage message, TestPerson author, string reportId) => method switch
    {
        "DeleteChat" => connection.InvokeAsync(method, room, message.MessageId),
        "MuteChatAuthor" => connection.InvokeAsync<ChatRestriction>(method, room, message.MessageId, 30),
        "BlockChatAuthor" => connection.InvokeAsync<ChatRestriction>(method, room, message.MessageId),
        "LiftChatRestriction" => connection.InvokeAsync(method, room, author.Id),
        "GetChatModeration" => connection.InvokeAsync<ChatModeration>(method, room),
        "DismissChatReport" => connection.InvokeAsync(method, room, reportId),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private async Task<(IReadOnlyList<ChatMessage> Messages, ChatModeration Moderation)> SnapshotAsync(string room)
    {
        var chat = Host.Grains.GetGrain<IRoomChatGrain>(room);
        return (await chat.GetRecent(), await chat.GetModeration());
    }

    private async Task AssertUnchangedAsync(string room, (IReadOnlyList<ChatMessage> Messages, ChatModeration Moderation) before)
    {
        var after = await SnapshotAsync(room);
        Assert.Equal(before.Messages, after.Messages);
        Assert.Equal(before.Moderation.OpenReports, after.Moderation.OpenReports);
        Assert.Equal(before.Moderation.Restrictions, after.Moderation.Restrictions);
    }
}
