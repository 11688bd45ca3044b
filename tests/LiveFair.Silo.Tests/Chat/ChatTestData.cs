using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;

namespace LiveFair.Silo.Tests.Chat;

/// <summary>Authors, chats and the raw stored chat row for tests.</summary>
internal static class ChatTestData
{
    public static ChatAuthor Viewer(string name = "小王") => new() { PersonId = "person-" + Guid.NewGuid().ToString("N"), DisplayName = name };

    public static ChatAuthor Staff(string name = "主持人") => Viewer(name) with { IsStaff = true };

    public static IRoomChatGrain Chat(this IClusterClient client, string roomId) => client.GetGrain<IRoomChatGrain>(roomId);

    /// <summary>A live room with a recording node subscribed to it; dispose the returned scope to unsubscribe.</summary>
    public static async Task<ChatRoom> StartChatRoomAsync(this IClusterClient client, string prefix = "chat")
    {
        var roomId = TestRooms.NewId(prefix);
        var room = await client.StartLiveAsync(roomId);
        var node = new RecordingObserver();
        var reference = client.CreateObjectReference<IRoomObserver>(node);
        await room.Subscribe(reference, 1);
        return new ChatRoom(client, roomId, room, client.Chat(roomId), node, reference);
    }

    /// <summary>The chat grain's persisted JSON exactly as stored, or null when it has no row.</summary>
    public static async Task<string?> ReadStoredChatAsync(string connectionString, string roomId)
    {
        await using var database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString });
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_id = @id AND state_name = 'chat'";
        command.WithParameter("@id", roomId);
        return await command.ExecuteScalarAsync() as string;
    }
}

internal sealed class ChatRoom(IClusterClient client, string roomId, IRoomGrain room, IRoomChatGrain chat, RecordingObserver node, IRoomObserver reference) : IDisposable
{
    public string RoomId => roomId;

    public IRoomGrain Room => room;

    public IRoomChatGrain Chat => chat;

    public RecordingObserver Node => node;

    public void Dispose() => client.DeleteObjectReference<IRoomObserver>(reference);
}
