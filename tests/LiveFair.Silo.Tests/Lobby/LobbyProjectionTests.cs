using System.Diagnostics.CodeAnalysis;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Lobby;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Lobby;

/// <summary>Room grains project their status into the lobby read model, read here as the Web lobby reads it.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class LobbyProjectionTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncLifetime
{
    private LiveFairDatabase _database = null!;
    private LobbyReadModel _lobby = null!;

    public Task InitializeAsync()
    {
        // A separate connection pool over the same file, as the Web process would have.
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = fixture.ConnectionString });
        _lobby = new LobbyReadModel(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_lobby_follows_a_room_from_scheduled_to_live_to_ended()
    {
        var roomId = TestRooms.NewId("lobby");
        var room = fixture.Room(roomId);
        var details = TestRooms.Details(title: "Shenzhen tech jobs") with { SignLanguageUrl = "https://example.org/sign" };

        await room.Schedule(details);
        var scheduled = await FindAsync(roomId);
        Assert.Equal(RoomStatus.Scheduled, scheduled.Status);
        Assert.Equal(RoomKind.JobFair, scheduled.Kind);
        Assert.Equal("Shenzhen tech jobs", scheduled.Title);
        Assert.Equal(details.HostOrganisationName, scheduled.HostOrganisationName);
        Assert.Equal(details.ScheduledStart, scheduled.ScheduledStart);
        Assert.Equal(details.ScheduledEnd, scheduled.ScheduledEnd);
        Assert.True(scheduled.HasSignLanguage);
        Assert.False(scheduled.IsDemo);
        Assert.Null(scheduled.StartedAt);

        var started = await room.StartRoom();
        var live = await FindAsync(roomId);
        Assert.Equal(RoomStatus.Live, live.Status);
        Assert.Equal(started.StartedAt!.Value.ToUnixTimeMilliseconds(), live.StartedAt?.ToUnixTimeMilliseconds());
        Assert.True(live.Version > scheduled.Version);

        await room.Schedule(details with { Title = "Shenzhen tech jobs (day 2)" });
        Assert.Equal("Shenzhen tech jobs (day 2)", (await FindAsync(roomId)).Title);

        var endedSnapshot = await room.EndRoom();
        var ended = await FindAsync(roomId);
        Assert.Equal(RoomStatus.Ended, ended.Status);
        Assert.Equal(endedSnapshot.EndedAt!.Value.ToUnixTimeMilliseconds(), ended.EndedAt?.ToUnixTimeMilliseconds());
        Assert.Equal(live.StartedAt, ended.StartedAt);
    }

    [Fact]
    public async Task A_rejected_command_does_not_reach_the_lobby()
    {
        var roomId = TestRooms.NewId("lobby");
        var room = await fixture.Client.StartLiveAsync(roomId);
        var before = await FindAsync(roomId);

        await Assert.ThrowsAsync<LiveFair.Contracts.Common.DomainException>(() => room.Schedule(TestRooms.Details(title: "")));

        Assert.Equal(before, await FindAsync(roomId));
    }

    [Fact]
    public async Task A_stale_write_does_not_move_a_grain_projected_row_backwards()
    {
        var roomId = TestRooms.NewId("lobby");
        var room = await fixture.Client.StartLiveAsync(roomId);
        await room.EndRoom();
        var projected = await FindAsync(roomId);
        Assert.Equal(RoomStatus.Ended, projected.Status);

        await _lobby.UpsertAsync(projected with { Version = projected.Version - 1, Status = RoomStatus.Live, EndedAt = null });

        Assert.Equal(projected, await FindAsync(roomId));
    }

    [Fact]
    public async Task A_demo_room_is_listed_only_when_demos_are_asked_for()
    {
        var demoId = TestRooms.NewId("lobby-demo");
        var realId = TestRooms.NewId("lobby-real");
        await fixture.Room(demoId).Schedule(TestRooms.Details(title: "Sample room", isDemo: true));
        await fixture.Room(realId).Schedule(TestRooms.Details(title: "Real room"));

        var withDemo = await _lobby.ListAsync(includeDemo: true);
        var withoutDemo = await _lobby.ListAsync(includeDemo: false);

        Assert.True(Assert.Single(withDemo, r => r.RoomId == demoId).IsDemo);
        Assert.False(Assert.Single(withDemo, r => r.RoomId == realId).IsDemo);
        Assert.DoesNotContain(withoutDemo, r => r.RoomId == demoId);
        Assert.Contains(withoutDemo, r => r.RoomId == realId);
    }

    private async Task<LobbyRoom> FindAsync(string roomId) =>
        Assert.Single(await _lobby.ListAsync(includeDemo: true), r => r.RoomId == roomId);
}
