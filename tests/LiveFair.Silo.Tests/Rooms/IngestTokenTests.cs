using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

public sealed class IngestTokenTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    [Fact]
    public async Task No_token_is_valid_before_the_first_rotation()
    {
        var room = fixture.Room(TestRooms.NewId("ingest"));
        await room.Schedule(TestRooms.Details());

        Assert.False(await room.IsIngestTokenValid("lfi_anything"));
        Assert.False(await room.IsIngestTokenValid(""));
    }

    [Fact]
    public async Task Only_the_latest_issued_token_is_valid()
    {
        var room = fixture.Room(TestRooms.NewId("ingest"));
        await room.Schedule(TestRooms.Details());

        var first = await room.RotateIngestToken();
        Assert.StartsWith("lfi_", first, StringComparison.Ordinal);
        Assert.True(await room.IsIngestTokenValid(first));
        Assert.False(await room.IsIngestTokenValid(first + "x"));
        Assert.False(await room.IsIngestTokenValid(first[..^1]));
        Assert.False(await room.IsIngestTokenValid(first.ToUpperInvariant()));

        var second = await room.RotateIngestToken();
        Assert.NotEqual(first, second);
        Assert.True(await room.IsIngestTokenValid(second));
        Assert.False(await room.IsIngestTokenValid(first));
    }

    [Fact]
    public async Task Rotating_a_token_is_not_a_room_event()
    {
        var room = await fixture.Client.StartLiveAsync(TestRooms.NewId("ingest"));
        var before = await room.GetSnapshot();

        await room.RotateIngestToken();

        var after = await room.GetSnapshot();
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Empty((await room.GetEventsSince(before.Sequence)).Events);
    }

    [Fact]
    public async Task A_token_for_one_room_is_not_valid_for_another()
    {
        var first = fixture.Room(TestRooms.NewId("ingest"));
        var second = fixture.Room(TestRooms.NewId("ingest"));
        await first.Schedule(TestRooms.Details());
        await second.Schedule(TestRooms.Details());

        var token = await first.RotateIngestToken();
        await second.RotateIngestToken();

        Assert.False(await second.IsIngestTokenValid(token));
        Assert.False(await fixture.Room(TestRooms.NewId("ingest")).IsIngestTokenValid(token));
    }
}
