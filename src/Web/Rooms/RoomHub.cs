using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>
/// The room hub (<c>/hubs/room</c>). Viewers join and catch up; hosts and captioners of the room's
/// organisation caption, start and end it. Every method and event is described in docs/realtime.md.
/// Errors reach the caller as <see cref="HubException"/> with the message "code: explanation".
/// </summary>
public sealed partial class RoomHub(IGrainFactory grains, RoomFanout fanout, RoomDirectory directory, RoomStaffAccess staff, Booths.BoothFanout booths) : Hub
{
    public const string Path = "/hubs/room";

    /// <summary>The one client method the server calls: <c>roomEvent(RoomEvent)</c>.</summary>
    public const string EventMethod = "roomEvent";

    /// <summary>Called with the room id when a moderator blocks this person from the room: <c>removedFromRoom(roomId)</c>.</summary>
    public const string RemovedMethod = "removedFromRoom";

    /// <summary>
    /// Starts receiving a room's events. Without <paramref name="lastSequence"/> the answer is a snapshot;
    /// with it (after a reconnect) it is the events since then, or a snapshot when they are too old.
    /// </summary>
    public async Task<RoomCatchUp> JoinRoom(string roomId, long? lastSequence)
    {
        if (lastSequence < 0)
        {
            throw new HubException("room.invalid_sequence: The sequence number must not be negative.");
        }

        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        var personId = Context.User?.PersonId();
        await fanout.AddViewerAsync(roomId, Context.ConnectionId, personId);

        // Checked after joining, not before: a block that lands in between then either finds this connection
        // (and drops it) or is seen here.
        if (personId is not null && (await grains.GetGrain<IRoomChatGrain>(room.RoomId).GetStanding(personId)).Blocked)
        {
            await fanout.RemoveViewerAsync(roomId, Context.ConnectionId);
            throw new HubException("room.blocked: A moderator blocked you from this room.");
        }

        // Read again after subscribing, not reused from the visibility check: an event published in
        // between would otherwise fall outside both the snapshot and the live stream.
        return lastSequence is null
            ? new RoomCatchUp { Snapshot = await grains.GetGrain<IRoomGrain>(room.RoomId).GetSnapshot() }
            : await grains.GetGrain<IRoomGrain>(room.RoomId).GetEventsSince(lastSequence.Value);
    }

    public Task LeaveRoom(string roomId) => fanout.RemoveViewerAsync(roomId, Context.ConnectionId);

    /// <summary>Events after <paramref name="sequence"/>, exactly, or a snapshot when they are no longer kept.</summary>
    public async Task<RoomCatchUp> GetEventsSince(string roomId, long sequence)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        return await grains.GetGrain<IRoomGrain>(room.RoomId).GetEventsSince(sequence);
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<RoomEvent> SendCaption(string roomId, CaptionInput caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomGrain>(room.RoomId).PublishCaption(caption);
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<RoomSnapshot> StartRoom(string roomId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomGrain>(room.RoomId).StartRoom();
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<RoomSnapshot> EndRoom(string roomId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomGrain>(room.RoomId).EndRoom();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await fanout.RemoveConnectionAsync(Context.ConnectionId);
        await booths.RemoveConnectionAsync(Context.ConnectionId);
    }
}
