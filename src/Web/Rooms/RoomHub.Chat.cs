using LiveFair.Contracts.Chat;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>
/// Room chat over the room hub. New and removed messages reach viewers as numbered room events
/// (<c>ChatPosted</c>, <c>ChatRemoved</c>); these methods read, post, report and moderate. Moderator methods
/// ask the room's organisation on every call, so a role taken away stops working at once.
/// </summary>
public sealed partial class RoomHub
{
    /// <summary>The recent messages, oldest first; for anyone who can see the room.</summary>
    public async Task<IReadOnlyList<ChatMessage>> GetChat(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).GetRecent();
    }

    /// <summary>Whether the caller may chat here now, so a page can say "muted until …" before they type.</summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task<ChatStanding> GetChatStanding(string roomId)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).GetStanding(CallerId());
    }

    /// <summary>Posts as the caller; <paramref name="accounts"/> comes from the server, not the client.</summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task<ChatMessage> SendChat(string roomId, string text, [FromServices] UserManager<LiveFairUser> accounts)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        var user = Context.User!;
        var author = new ChatAuthor
        {
            PersonId = CallerId(),
            DisplayName = await ChatAuthorNames.ForAsync(user, accounts),
            IsStaff = await staff.IsStaffAsync(user, room),
        };
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).Post(author, text);
    }

    /// <summary>Reports a message to the room's moderators; reporting the same message again changes nothing.</summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task ReportChat(string roomId, string messageId, string? reason)
    {
        var room = await directory.GetVisibleAsync(roomId) ?? throw RoomHubErrors.NotFound(roomId);
        await grains.GetGrain<IRoomChatGrain>(room.RoomId).Report(CallerId(), messageId, reason);
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task DeleteChat(string roomId, string messageId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        await grains.GetGrain<IRoomChatGrain>(room.RoomId).Delete(CallerId(), messageId);
    }

    /// <summary>Mutes the author of a message for <paramref name="minutes"/> (1 to 1440).</summary>
    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<ChatRestriction> MuteChatAuthor(string roomId, string messageId, int minutes)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).MuteAuthor(CallerId(), messageId, TimeSpan.FromMinutes(minutes));
    }

    /// <summary>Blocks the author of a message: no chat, their connections to the room are dropped, and they cannot rejoin.</summary>
    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<ChatRestriction> BlockChatAuthor(string roomId, string messageId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).BlockAuthor(CallerId(), messageId);
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task LiftChatRestriction(string roomId, string personId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        await grains.GetGrain<IRoomChatGrain>(room.RoomId).Lift(CallerId(), personId);
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task<ChatModeration> GetChatModeration(string roomId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        return await grains.GetGrain<IRoomChatGrain>(room.RoomId).GetModeration();
    }

    [Authorize(Policy = RoomPolicies.RoomStaff)]
    public async Task DismissChatReport(string roomId, string reportId)
    {
        var room = await staff.RequireStaffAsync(Context.User, roomId);
        await grains.GetGrain<IRoomChatGrain>(room.RoomId).DismissReport(CallerId(), reportId);
    }

    /// <summary>Only called behind an authorization policy, so a signed-in person is always there.</summary>
    private string CallerId() =>
        Context.User?.PersonId() ?? throw new HubException("room.unauthorized: Sign in first.");
}
