using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Chat;

/// <summary>Chat through real SignalR clients: who may post, what everyone receives, and how refusals read.</summary>
public sealed class ChatHubTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private LiveFairTestHost Host => fixture.Host;

    [Fact]
    public async Task A_viewers_message_reaches_another_viewer_under_their_display_name()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        var author = await Host.CreatePersonAsync("小王");
        await using var sender = await ChatClient.JoinAsync(Host, room, author);
        await using var watcher = await ChatClient.JoinAsync(Host, room);

        var sent = await sender.SendAsync("请问有远程岗位吗？");

        var received = await watcher.WaitForMessageAsync(sent.MessageId);
        Assert.Equal(sent, received.Chat);
        Assert.Equal("小王", received.Chat!.AuthorName);
        Assert.False(received.Chat.FromStaff);
        Assert.DoesNotContain(author.Email, received.Chat.AuthorName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([sent], await watcher.Connection.InvokeAsync<IReadOnlyList<ChatMessage>>("GetChat", room));
    }

    [Fact]
    public async Task A_display_name_longer_than_chat_allows_is_shortened_rather_than_refused()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        var longName = string.Concat(Enumerable.Repeat("长名字", 20));
        await using var sender = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync(longName));

        var sent = await sender.SendAsync("名字太长也能发言");

        Assert.Equal(longName[..ChatLimits.DisplayName], sent.AuthorName);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)> & &amp;")]
    public async Task Script_text_arrives_exactly_as_typed(string text)
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var sender = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        await using var watcher = await ChatClient.JoinAsync(Host, room);

        var sent = await sender.SendAsync(text);

        Assert.Equal(text, (await watcher.WaitForMessageAsync(sent.MessageId)).Chat!.Text);
    }

    [Fact]
    public async Task Staff_of_the_room_are_labelled_as_staff()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var staff = await ChatClient.JoinAsync(Host, room, await Host.CreateMemberAsync(WebHostFixture.OrgA, OrganisationRole.Helper));
        await using var outsider = await ChatClient.JoinAsync(Host, room, await Host.CreateMemberAsync(WebHostFixture.OrgB, OrganisationRole.Streamer));

        Assert.True((await staff.SendAsync("欢迎大家")).FromStaff);
        Assert.False((await outsider.SendAsync("我是别的机构的")).FromStaff);
    }

    [Fact]
    public async Task A_room_whose_organisation_is_not_registered_still_has_chat_and_no_staff()
    {
        var room = await Host.CreateRoomAsync("org-never-registered");
        await using var sender = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        await using var helperElsewhere = await Host.ConnectAsync(fixture.CaptionerA);

        Assert.False((await sender.SendAsync("有人吗？")).FromStaff);
        var error = await Assert.ThrowsAsync<HubException>(() => helperElsewhere.InvokeAsync<ChatModeration>("GetChatModeration", room));
        Assert.StartsWith("room.forbidden:", HubDetail(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_viewer_can_read_but_not_send_or_report()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var author = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        var message = await author.SendAsync("hello");
        await using var anonymous = await ChatClient.JoinAsync(Host, room);

        Assert.Equal([message], await anonymous.Connection.InvokeAsync<IReadOnlyList<ChatMessage>>("GetChat", room));
        var send = await Assert.ThrowsAsync<HubException>(() => anonymous.SendAsync("anonymous words"));
        Assert.Contains("unauthorized", send.Message, StringComparison.OrdinalIgnoreCase);
        var report = await Assert.ThrowsAsync<HubException>(() => anonymous.Connection.InvokeAsync("ReportChat", room, message.MessageId, "spam"));
        Assert.Contains("unauthorized", report.Message, StringComparison.OrdinalIgnoreCase);

        var chat = Host.Grains.GetGrain<IRoomChatGrain>(room);
        Assert.Equal([message], await chat.GetRecent());
        Assert.Empty((await chat.GetModeration()).OpenReports);
    }

    [Fact]
    public async Task A_flood_is_refused_with_rate_limited()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var flooder = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        for (var i = 0; i < ChatLimits.RateLimit; i++)
        {
            await flooder.SendAsync($"flood {i}");
        }

        var error = await Assert.ThrowsAsync<HubException>(() => flooder.SendAsync("one more"));

        Assert.StartsWith("chat.rate_limited:", HubDetail(error), StringComparison.Ordinal);
        Assert.Equal(ChatLimits.RateLimit, (await Host.Grains.GetGrain<IRoomChatGrain>(room).GetRecent()).Count);
    }

    [Fact]
    public async Task Text_that_breaks_the_rules_is_refused_with_its_code()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var sender = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());

        Assert.StartsWith("chat.too_long:", HubDetail(await Assert.ThrowsAsync<HubException>(() => sender.SendAsync(new string('长', ChatLimits.MessageLength + 1)))), StringComparison.Ordinal);
        Assert.StartsWith("chat.empty:", HubDetail(await Assert.ThrowsAsync<HubException>(() => sender.SendAsync("   "))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_in_an_ended_room_is_closed()
    {
        var room = await Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var sender = await ChatClient.JoinAsync(Host, room, await Host.CreatePersonAsync());
        await Host.Grains.GetGrain<IRoomGrain>(room).EndRoom();

        Assert.StartsWith("chat.closed:", HubDetail(await Assert.ThrowsAsync<HubException>(() => sender.SendAsync("too late"))), StringComparison.Ordinal);
    }

    /// <summary>The "code: explanation" part of a hub error.</summary>
    internal static string HubDetail(HubException error)
    {
        const string marker = "HubException: ";
        var index = error.Message.LastIndexOf(marker, StringComparison.Ordinal);
        return index >= 0 ? error.Message[(index + marker.Length)..] : error.Message;
    }
}
