using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

internal static class RoomHubErrors
{
    /// <summary>The id is echoed only when it is well-formed, so no client text is reflected.</summary>
    public static HubException NotFound(string? roomId) =>
        new($"room.not_found: There is no room '{(RoomIds.IsValid(roomId) ? roomId : "(invalid id)")}'.");
}
