using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>Export finds a person's messages; erasure removes every trace of them from the stored chat.</summary>
public sealed class ChatErasureTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task Export_returns_only_the_persons_own_messages()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var person = ChatTestData.Viewer();
        var mine = await chat.Chat.Post(person, "mine 1");
        await chat.Chat.Post(ChatTestData.Viewer(), "someone else's");
        var mineToo = await chat.Chat.Post(person, "mine 2");

        Assert.Equal([mine, mineToo], await chat.Chat.ExportFor(person.PersonId));
    }

    [Fact]
    public async Task Erasing_a_person_removes_their_messages_reports_and_restrictions_from_storage()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var erased = ChatTestData.Viewer("要删除的人");
        var other = ChatTestData.Viewer("留下的人");
        var erasedMessage = await chat.Chat.Post(erased, "secret words of the erased");
        var otherMessage = await chat.Chat.Post(other, "kept words");
        await chat.Chat.Report(other.PersonId, erasedMessage.MessageId, "report on the erased");
        await chat.Chat.Report(erased.PersonId, otherMessage.MessageId, "report by the erased");
        await chat.Chat.Report("third-person", otherMessage.MessageId, null);
        await chat.Chat.MuteAuthor("moderator-1", erasedMessage.MessageId, TimeSpan.FromMinutes(5));
        var storedBefore = await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, chat.RoomId);
        Assert.Contains(erased.PersonId, storedBefore, StringComparison.Ordinal);

        await chat.Chat.ErasePerson(erased.PersonId);

        var stored = await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, chat.RoomId);
        Assert.NotNull(stored);
        Assert.DoesNotContain(erased.PersonId, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("secret words of the erased", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("要删除的人", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("report by the erased", stored, StringComparison.Ordinal);
        Assert.Contains("kept words", stored, StringComparison.Ordinal);

        Assert.Equal([otherMessage], await chat.Chat.GetRecent());
        Assert.Empty(await chat.Chat.ExportFor(erased.PersonId));
        var moderation = await chat.Chat.GetModeration();
        Assert.Empty(moderation.Restrictions);
        Assert.Equal(1, Assert.Single(moderation.OpenReports).Count);

        var events = await chat.Node.WaitForAsync(e => e.Any(x => x.Kind == RoomEventKind.ChatRemoved), "the removal");
        Assert.Equal([erasedMessage.MessageId], events.Single(e => e.Kind == RoomEventKind.ChatRemoved).RemovedMessageIds);
    }

    [Fact]
    public async Task An_erased_moderator_leaves_no_id_behind_but_the_restriction_stays()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var author = ChatTestData.Viewer();
        var message = await chat.Chat.Post(author, "rude");
        const string moderator = "moderator-to-erase";
        await chat.Chat.BlockAuthor(moderator, message.MessageId);

        await chat.Chat.ErasePerson(moderator);

        var stored = await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, chat.RoomId);
        Assert.DoesNotContain(moderator, stored, StringComparison.Ordinal);
        Assert.True((await chat.Chat.GetStanding(author.PersonId)).Blocked);
    }

    [Fact]
    public async Task Erasing_someone_who_never_chatted_changes_nothing()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        await chat.Chat.Post(ChatTestData.Viewer(), "hello");
        var before = await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, chat.RoomId);
        var sequence = (await chat.Room.GetSnapshot()).Sequence;

        await chat.Chat.ErasePerson("never-chatted");

        Assert.Equal(before, await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, chat.RoomId));
        Assert.Equal(sequence, (await chat.Room.GetSnapshot()).Sequence);
    }
}
