using LiveFair.Contracts.Rooms;
using LiveFair.Web.Rooms;

namespace LiveFair.Web.Fairs;

/// <summary>Finds the room of a fair: a visible room of kind JobFair, or a 404 refusal.</summary>
public sealed class FairRooms(RoomDirectory directory)
{
    public async Task<RoomSnapshot?> FindAsync(string? roomId) =>
        await directory.GetVisibleAsync(roomId) is { Details.Kind: RoomKind.JobFair } room ? room : null;

    public async Task<RoomSnapshot> RequireAsync(string roomId) =>
        await FindAsync(roomId) ?? throw FairErrors.NotFound(roomId);
}
