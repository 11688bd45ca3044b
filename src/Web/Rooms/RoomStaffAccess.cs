using System.Security.Claims;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>Streamers and helpers act only in rooms hosted by an organisation they belong to.</summary>
public sealed class RoomStaffAccess(RoomDirectory directory, IGrainFactory grains)
{
    /// <summary>For drawing pages: from the request's claims.</summary>
    public static bool IsStaff(ClaimsPrincipal? user, RoomSnapshot room) =>
        user is not null && user.IsRoomStaffOf(room.Details.HostOrganisationId);

    /// <summary>
    /// The room, if the user may operate it; otherwise a <see cref="HubException"/> and nothing happens.
    /// Asks the organisation grain, not the connection's claims: a hub connection keeps the claims it
    /// started with, and a role taken away must stop working at once.
    /// </summary>
    public async Task<RoomSnapshot> RequireStaffAsync(ClaimsPrincipal? user, string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        return await IsStaffAsync(user, room)
            ? room
            : throw new HubException("room.forbidden: Only streamers and helpers of the room's organisation may do this.");
    }

    /// <summary>The same decision as <see cref="RequireStaffAsync"/>, for labelling rather than refusing (a staff chat message).</summary>
    public async Task<bool> IsStaffAsync(ClaimsPrincipal? user, RoomSnapshot room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var personId = user?.PersonId();
        if (personId is null)
        {
            return false;
        }

        try
        {
            var roles = await grains.GetGrain<IOrganisationGrain>(room.Details.HostOrganisationId).GetRoles(personId);
            return roles.Contains(OrganisationRole.Streamer) || roles.Contains(OrganisationRole.Helper);
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // A room whose organisation is gone (or never registered) has no staff; viewers may still chat there.
            return false;
        }
    }
}
