using LiveFair.Contracts.Rooms;
using LiveFair.Web.Observability;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>
/// This node's ear in one room. Orleans delivers calls to one observer object one at a time, so events
/// reach the SignalR group in the order the room sent them.
/// </summary>
internal sealed class RoomNodeObserver(string roomId, IHubContext<RoomHub> hub, LiveFairMetrics metrics, Func<int> localViewers, Func<string, Task> removePerson, TimeProvider time)
    : IRoomObserver
{
    public async Task OnRoomEvent(RoomEvent roomEvent)
    {
        await hub.Clients.Group(RoomGroups.For(roomId)).SendAsync(RoomHub.EventMethod, roomEvent);
        metrics.EventFannedOut(roomEvent, localViewers(), time.GetUtcNow());
    }

    public Task OnPersonRemoved(string roomId, string personId) => removePerson(personId);
}
