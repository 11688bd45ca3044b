using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

internal static class RoomAssert
{
    /// <summary>Runs a command that must be refused with <paramref name="code"/> and checks the room did not change.</summary>
    public static async Task<DomainException> RejectedWithoutChangeAsync(IRoomGrain room, string code, ErrorKind kind, Func<Task> command)
    {
        var before = await room.GetSnapshot();
        var transcriptBefore = await room.ReadTranscriptAsync();

        var error = await Assert.ThrowsAsync<DomainException>(command);

        Assert.Equal(code, error.Code);
        Assert.Equal(kind, error.Kind);
        var after = await room.GetSnapshot();
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(before.TranscriptLength, after.TranscriptLength);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.Details, after.Details);
        Assert.Equal(before.CurrentPartial, after.CurrentPartial);
        Assert.Equal(before.RecentCaptions, after.RecentCaptions);
        Assert.Equal(transcriptBefore, await room.ReadTranscriptAsync());
        Assert.Empty((await room.GetEventsSince(before.Sequence)).Events);
        return error;
    }
}
