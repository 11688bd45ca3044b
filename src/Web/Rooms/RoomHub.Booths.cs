using LiveFair.Contracts.Fairs;
using LiveFair.Web.Booths;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>
/// Booth queues and interviews over the room hub. Applying, calling and messaging are REST
/// (<c>/api/fairs/{roomId}/booths/{employerId}</c>); these methods only say which booth a connection follows,
/// so that its updates reach this connection and nobody else's.
/// </summary>
public sealed partial class RoomHub
{
    /// <summary>
    /// Follows the caller's place at a booth; <c>queuePlace</c> arrives whenever it moves and
    /// <c>interviewEvent</c> when the interview starts, changes or gets a message. Call again after applying.
    /// </summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task<QueuePlace> WatchBooth(string roomId, string employerId)
    {
        var boothId = await RequireBoothAsync(roomId, employerId);
        return await booths.WatchAsApplicantAsync(boothId, Context.ConnectionId, CallerId());
    }

    /// <summary>For the booth's recruiters: <c>boothQueue</c> on every queue change and the interview events of their own interviews.</summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task WatchBoothConsole(string roomId, string employerId)
    {
        var boothId = await RequireBoothAsync(roomId, employerId);
        if (!await grains.GetGrain<IBoothGrain>(boothId).IsRecruiter(CallerId()))
        {
            throw new HubException("booth.forbidden: Only this booth's recruiters and the employer's admins may do this.");
        }

        await booths.WatchAsRecruiterAsync(boothId, Context.ConnectionId, CallerId());
    }

    public async Task StopWatchingBooth(string roomId, string employerId)
    {
        if (BoothIds.TryParse(BoothIds.For(roomId, employerId), out _, out _))
        {
            await booths.StopWatchingAsync(BoothIds.For(roomId, employerId), Context.ConnectionId);
        }
    }

    /// <summary>Tells the other side of the interview that the caller is typing. Not stored; browsers send it at most every few seconds.</summary>
    [Authorize(Policy = RoomPolicies.SignedIn)]
    public async Task InterviewTyping(string roomId, string employerId, string applicationId)
    {
        var boothId = await RequireBoothAsync(roomId, employerId);
        if (!ApplicationIds.IsValid(applicationId))
        {
            throw new HubException("booth.application_not_found: There is no such application at this booth.");
        }

        await grains.GetGrain<IBoothGrain>(boothId).Typing(CallerId(), applicationId);
    }

    private async Task<string> RequireBoothAsync(string roomId, string employerId)
    {
        var boothId = BoothIds.For(roomId ?? "", employerId ?? "");
        if (!BoothIds.TryParse(boothId, out _, out _) || await directory.GetVisibleAsync(roomId!) is null)
        {
            throw new HubException("booth.not_found: There is no such booth.");
        }

        return boothId;
    }
}
