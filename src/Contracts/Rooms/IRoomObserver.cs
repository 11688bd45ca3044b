using Orleans.Concurrency;

namespace LiveFair.Contracts.Rooms;

/// <summary>
/// Implemented by a Web node, not by a viewer: one subscription per node per room, and the node
/// fans each event out to its own SignalR connections.
/// </summary>
[Alias("LiveFair.IRoomObserver")]
public interface IRoomObserver : IGrainObserver
{
    [OneWay]
    [Alias("OnRoomEvent")]
    Task OnRoomEvent(RoomEvent roomEvent);

    /// <summary>The person was blocked from the room: the node drops their connections to it.</summary>
    [OneWay]
    [Alias("OnPersonRemoved")]
    Task OnPersonRemoved(string roomId, string personId);
}
