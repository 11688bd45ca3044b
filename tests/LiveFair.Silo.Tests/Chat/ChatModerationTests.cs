using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>Delete, mute, block, lift: each acts on a message's author and is announced or enforced as the contract says.</summary>
public sealed class ChatModerationTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private const string Moderator = "moderator-1";

    [Fact]
    public async Task Deleting_a_message_removes_it_and_announces_the_removal()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var kept = await chat.Chat.Post(ChatTestData.Viewer(), "kept");
        var deleted = await chat.Chat.Post(ChatTestData.Viewer(), "deleted");

        await chat.Chat.Delete(Moderator, deleted.MessageId);

        Assert.Equal([kept], await chat.Chat.GetRecent());
        var events = await chat.Node.WaitForAsync(e => e.Any(x => x.Kind == RoomEventKind.ChatRemoved), "the removal");
        var removal = events.Single(e => e.Kind == RoomEventKind.ChatRemoved);
        Assert.Equal([deleted.MessageId], removal.RemovedMessageIds);
        Assert.True(removal.Sequence > events.Last(e => e.Kind == RoomEventKind.ChatPosted).Sequence);
    }

    [Fact]
    public async Task Deleting_an_unknown_message_is_refused()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Delete(Moderator, "no-such-message"));
        Assert.Equal("chat.message_not_found", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task A_muted_author_is_refused_until_the_mute_is_lifted()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var author = ChatTestData.Viewer("小李");
        var message = await chat.Chat.Post(author, "first");
        var before = DateTimeOffset.UtcNow;

        var mute = await chat.Chat.MuteAuthor(Moderator, message.MessageId, TimeSpan.FromMinutes(10));

        Assert.Equal(author.PersonId, mute.PersonId);
        Assert.Equal("小李", mute.DisplayName);
        Assert.Equal(ChatRestrictionKind.Muted, mute.Kind);
        Assert.Equal(Moderator, mute.ModeratorId);
        Assert.InRange(mute.Until!.Value, before.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(10));
        Assert.Equal(new ChatStanding { MutedUntil = mute.Until }, await chat.Chat.GetStanding(author.PersonId));
        Assert.Equal([mute], (await chat.Chat.GetModeration()).Restrictions);

        var refused = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(author, "second"));
        Assert.Equal("chat.muted", refused.Code);
        Assert.Equal(ErrorKind.Forbidden, refused.Kind);

        await chat.Chat.Lift(Moderator, author.PersonId);

        Assert.Equal(new ChatStanding(), await chat.Chat.GetStanding(author.PersonId));
        Assert.Empty((await chat.Chat.GetModeration()).Restrictions);
        Assert.Equal("third", (await chat.Chat.Post(author, "third")).Text);
    }

    [Fact]
    public async Task Blocking_an_author_asks_every_node_to_drop_them_and_refuses_their_messages()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var author = ChatTestData.Viewer();
        var message = await chat.Chat.Post(author, "abuse");

        var block = await chat.Chat.BlockAuthor(Moderator, message.MessageId);

        Assert.Equal(ChatRestrictionKind.Blocked, block.Kind);
        Assert.Null(block.Until);
        await Eventually.GetAsync(() => Task.FromResult(chat.Node.RemovedPeople), people => people.Contains(author.PersonId), "the node to be told");
        Assert.Equal([author.PersonId], chat.Node.RemovedPeople);
        Assert.True((await chat.Chat.GetStanding(author.PersonId)).Blocked);
        var refused = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(author, "again"));
        Assert.Equal("chat.blocked", refused.Code);

        var mute = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.MuteAuthor(Moderator, message.MessageId, TimeSpan.FromMinutes(5)));
        Assert.Equal("chat.already_blocked", mute.Code);
        Assert.True((await chat.Chat.GetStanding(author.PersonId)).Blocked);
    }

    [Fact]
    public async Task Staff_messages_cannot_be_used_to_restrict_their_author()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var staff = await chat.Chat.Post(ChatTestData.Staff(), "欢迎大家");
        var own = ChatTestData.Viewer();
        var ownMessage = await chat.Chat.Post(own, "mine");

        Assert.Equal("chat.staff_exempt", (await Assert.ThrowsAsync<DomainException>(() => chat.Chat.BlockAuthor(Moderator, staff.MessageId))).Code);
        Assert.Equal("chat.staff_exempt", (await Assert.ThrowsAsync<DomainException>(() => chat.Chat.MuteAuthor(Moderator, staff.MessageId, TimeSpan.FromMinutes(5)))).Code);
        Assert.Equal("chat.staff_exempt", (await Assert.ThrowsAsync<DomainException>(() => chat.Chat.BlockAuthor(own.PersonId, ownMessage.MessageId))).Code);
        Assert.Empty((await chat.Chat.GetModeration()).Restrictions);
        Assert.Empty(chat.Node.RemovedPeople);
    }

    [Fact]
    public async Task An_invalid_mute_duration_changes_nothing()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var author = ChatTestData.Viewer();
        var message = await chat.Chat.Post(author, "hello");

        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.MuteAuthor(Moderator, message.MessageId, TimeSpan.FromDays(2)));

        Assert.Equal("chat.invalid_duration", error.Code);
        Assert.Equal(new ChatStanding(), await chat.Chat.GetStanding(author.PersonId));
    }

    [Fact]
    public async Task Lifting_when_nothing_is_in_force_is_harmless()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        await chat.Chat.Lift(Moderator, "person-without-restriction");
        Assert.Empty((await chat.Chat.GetModeration()).Restrictions);
    }
}
