using System.Security.Claims;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>Hosts and captioners act only in rooms hosted by an organisation they belong to.</summary>
public sealed class RoomStaffAccess(RoomDirectory directory)
{
    public static bool IsStaff(ClaimsPrincipal? user, RoomSnapshot room) =>
        user is not null
        && (user.IsInRole(LiveFairRoles.Host) || user.IsInRole(LiveFairRoles.Captioner))
        && user.BelongsTo(room.Details.HostOrganisationId);

    /// <summary>The room, if the user may operate it; otherwise a <see cref="HubException"/> and nothing happens.</summary>
    public async Task<RoomSnapshot> RequireStaffAsync(ClaimsPrincipal? user, string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        return IsStaff(user, room)
            ? room
            : throw new HubException("room.forbidden: Only hosts and captioners of the room's organisation may do this.");
    }
}
