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
}
