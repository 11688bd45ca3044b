using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveFair.Web.Tests.Chat;

/// <summary>A hub connection that has joined a room, recording its room events and any removal from the room.</summary>
internal sealed class ChatClient : IAsyncDisposable
{
    private readonly TaskCompletionSource<string> _removed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChatClient(HubConnection connection, string roomId, TestPerson? person)
    {
        Connection = connection;
        RoomId = roomId;
        Person = person;
        Events = new RoomEventRecorder(connection);
        connection.On<string>("removedFromRoom", room => _removed.TrySetResult(room));
    }

    public HubConnection Connection { get; }

    public string RoomId { get; }

    /// <summary>Null for an anonymous viewer.</summary>
    public TestPerson? Person { get; }

    public RoomEventRecorder Events { get; }

    public Task<string> Removed => _removed.Task;

    /// <summary>Connects (signed in as <paramref name="person"/>, or anonymously) and joins the room.</summary>
    public static async Task<ChatClient> JoinAsync(LiveFairTestHost host, string roomId, TestPerson? person = null)
    {
        var cookies = person is null ? null : await host.SignInAsync(person);
        var connection = await host.ConnectAsync(cookies);
        var client = new ChatClient(connection, roomId, person);
        await connection.InvokeAsync<RoomCatchUp>("JoinRoom", roomId, null);
        return client;
    }

    public Task<ChatMessage> SendAsync(string text) => Connection.InvokeAsync<ChatMessage>("SendChat", RoomId, text);

    public Task<RoomEvent> WaitForMessageAsync(string messageId) =>
        Events.WaitForAsync(e => e.Kind == RoomEventKind.ChatPosted && e.Chat!.MessageId == messageId);

    public async ValueTask DisposeAsync()
    {
        Events.Dispose();
        await Connection.DisposeAsync();
    }
}
