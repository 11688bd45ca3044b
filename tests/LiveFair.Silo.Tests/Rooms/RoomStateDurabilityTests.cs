using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>What a room persists besides its transcript survives a silo restart. One cluster per test.</summary>
public sealed class RoomStateDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Status_details_and_ingest_token_survive_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("state"), TestRooms.Details(title: "Before restart"));
        var token = await room.RotateIngestToken();
        var ended = await room.EndRoom();

        await cluster.RestartSiloAsync();

        var snapshot = await room.GetSnapshot();
        Assert.Equal(RoomStatus.Ended, snapshot.Status);
        Assert.Equal("Before restart", snapshot.Details.Title);
        Assert.Equal(ended.StartedAt, snapshot.StartedAt);
        Assert.Equal(ended.EndedAt, snapshot.EndedAt);
        Assert.True(await room.IsIngestTokenValid(token));
    }

    [Fact]
    public async Task The_peak_viewer_count_survives_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("state"));
        var node = new RecordingObserver();
        var reference = cluster.Client.CreateObjectReference<IRoomObserver>(node);
        try
        {
            await room.Subscribe(reference, 9);
            await Eventually.GetAsync(room.GetSnapshot, s => s.PeakViewers == 9, "the peak to reach 9");
        }
        finally
        {
            cluster.Client.DeleteObjectReference<IRoomObserver>(reference);
        }

        await cluster.RestartSiloAsync();

        var snapshot = await room.GetSnapshot();
        Assert.Equal(9, snapshot.PeakViewers);
    }
}
