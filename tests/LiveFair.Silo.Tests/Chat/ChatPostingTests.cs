using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>Posting: what is stored, what is announced, and what is refused without any change.</summary>
public sealed class ChatPostingTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task A_message_is_stored_and_announced_on_the_room_stream()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var author = ChatTestData.Viewer("小王");

        var message = await chat.Chat.Post(author, "  大家好，请问岗位需要什么学历？ ");

        Assert.Equal("大家好，请问岗位需要什么学历？", message.Text);
        Assert.Equal("小王", message.AuthorName);
        Assert.Equal(chat.RoomId, message.RoomId);
        Assert.False(message.FromStaff);
        Assert.Equal([message], await chat.Chat.GetRecent());
        var events = await chat.Node.WaitForAsync(e => e.Any(x => x.Kind == RoomEventKind.ChatPosted), "the chat event");
        Assert.Equal(message, events.Single(e => e.Kind == RoomEventKind.ChatPosted).Chat);
    }

    [Fact]
    public async Task Staff_messages_are_labelled_and_ids_are_unique()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var first = await chat.Chat.Post(ChatTestData.Staff(), "欢迎");
        var second = await chat.Chat.Post(ChatTestData.Viewer(), "谢谢");

        Assert.True(first.FromStaff);
        Assert.False(second.FromStaff);
        Assert.NotEqual(first.MessageId, second.MessageId);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("&lt;b&gt; &amp; \"quotes\" 'single'")]
    public async Task Markup_is_kept_exactly_as_typed(string text)
    {
        using var chat = await fixture.Client.StartChatRoomAsync();

        var message = await chat.Chat.Post(ChatTestData.Viewer(), text);

        Assert.Equal(text, message.Text);
        Assert.Equal(text, (await chat.Chat.GetRecent()).Single().Text);
    }

    public static TheoryData<string, string?> InvalidTexts => new()
    {
        { "chat.empty", "" },
        { "chat.empty", null },
        { "chat.empty", " \r\n\t " },
        { "chat.too_long", new string('字', ChatLimits.MessageLength + 1) },
        { "chat.too_long", new string('x', (ChatLimits.MessageLength * 4) + 1) },
        { "chat.invalid_characters", "bell\u0007" },
        { "chat.invalid_characters", "escape \u001b[31m red" },
    };

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public async Task Invalid_text_is_refused_and_nothing_is_stored(string code, string? text)
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var before = await chat.Room.GetSnapshot();

        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(ChatTestData.Viewer(), text!));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Empty(await chat.Chat.GetRecent());
        Assert.Equal(before.Sequence, (await chat.Room.GetSnapshot()).Sequence);
    }

    [Fact]
    public async Task A_message_of_exactly_the_longest_length_is_accepted()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var text = new string('字', ChatLimits.MessageLength);
        Assert.Equal(text, (await chat.Chat.Post(ChatTestData.Viewer(), text)).Text);
    }

    [Fact]
    public async Task A_display_name_that_is_too_long_is_refused()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(ChatTestData.Viewer(new string('名', ChatLimits.DisplayName + 1)), "hi"));
        Assert.Equal("chat.display_name.too_long", error.Code);
    }

    [Fact]
    public async Task An_ended_room_refuses_chat()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();
        await chat.Chat.Post(ChatTestData.Viewer(), "before the end");
        var ended = await chat.Room.EndRoom();

        var error = await Assert.ThrowsAsync<DomainException>(() => chat.Chat.Post(ChatTestData.Viewer(), "after the end"));

        Assert.Equal("chat.closed", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(["before the end"], (await chat.Chat.GetRecent()).Select(m => m.Text));
        Assert.Equal(ended.Sequence, (await chat.Room.GetSnapshot()).Sequence);
    }

    [Fact]
    public async Task A_room_that_does_not_exist_refuses_chat_and_stores_nothing()
    {
        var roomId = TestRooms.NewId("nochat");

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Client.Chat(roomId).Post(ChatTestData.Viewer(), "hello?"));

        Assert.Equal("chat.closed", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Null(await ChatTestData.ReadStoredChatAsync(fixture.ConnectionString, roomId));
    }

    [Fact]
    public async Task A_room_that_has_not_started_already_has_chat()
    {
        var roomId = TestRooms.NewId("early");
        await fixture.Room(roomId).Schedule(TestRooms.Details());

        var message = await fixture.Client.Chat(roomId).Post(ChatTestData.Viewer(), "什么时候开始？");

        Assert.Equal([message], await fixture.Client.Chat(roomId).GetRecent());
    }

    [Fact]
    public async Task History_keeps_only_the_newest_messages()
    {
        using var chat = await fixture.Client.StartChatRoomAsync();

        // Many authors, so the rate limit never applies.
        var authors = Enumerable.Range(0, 30).Select(i => ChatTestData.Viewer($"viewer {i}")).ToList();
        var sent = new List<ChatMessage>();
        for (var i = 0; i < ChatLimits.History + 5; i++)
        {
            sent.Add(await chat.Chat.Post(authors[i % authors.Count], $"message {i}"));
        }

        var recent = await chat.Chat.GetRecent();
        Assert.Equal(sent.Skip(5).Select(m => m.MessageId), recent.Select(m => m.MessageId));
    }
}
