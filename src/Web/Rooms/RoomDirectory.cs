using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Demo;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Rooms;

/// <summary>Finds a room for a page, endpoint or hub call, hiding demo rooms when demo content is off.</summary>
public sealed class RoomDirectory(IGrainFactory grains, IOptions<DemoOptions> demo)
{
    /// <summary>The room's snapshot, or null when the id is malformed, unknown, or a hidden demo room.</summary>
    public async Task<RoomSnapshot?> GetVisibleAsync(string? roomId)
    {
        if (!RoomIds.IsValid(roomId))
        {
            return null;
        }

        try
        {
            var snapshot = await grains.GetGrain<IRoomGrain>(roomId).GetSnapshot();
            return snapshot.Details.IsDemo && !demo.Value.Enabled ? null : snapshot;
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
