using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Lobby;
using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Lobby;

/// <summary>The lobby list in SQL, as room grains project it and as the Web lobby reads it.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class LobbyReadModelTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncLifetime
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
        Assert.Equal("Shenzhen tech jobs", scheduled.Title);
        Assert.Equal(details.HostOrganisationName, scheduled.HostOrganisationName);
        Assert.Equal(details.ScheduledStart, scheduled.ScheduledStart);
        Assert.Equal(details.ScheduledEnd, scheduled.ScheduledEnd);
        Assert.True(scheduled.HasSignLanguage);
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
    public async Task A_stale_write_does_not_overwrite_a_newer_row()
    {
        var roomId = TestRooms.NewId("lobby");
        var newer = Row(roomId, version: 5, RoomStatus.Live, "Newer title");

        await _lobby.UpsertAsync(newer);
        await _lobby.UpsertAsync(newer with { Version = 4, Status = RoomStatus.Scheduled, Title = "Older title" });
        await _lobby.UpsertAsync(newer with { Title = "Same version, other title" });

        Assert.Equal(newer, await FindAsync(roomId));

        await _lobby.UpsertAsync(newer with { Version = 6, Status = RoomStatus.Ended, Title = "Newest title" });
        var newest = await FindAsync(roomId);
        Assert.Equal(6, newest.Version);
        Assert.Equal(RoomStatus.Ended, newest.Status);
        Assert.Equal("Newest title", newest.Title);
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
    public async Task Demo_rooms_are_listed_only_when_asked_for()
    {
        var demoId = TestRooms.NewId("lobby-demo");
        var realId = TestRooms.NewId("lobby-real");
        await fixture.Room(demoId).Schedule(TestRooms.Details(title: "Sample room", isDemo: true));
        await fixture.Room(realId).Schedule(TestRooms.Details(title: "Real room"));

        var withDemo = await _lobby.ListAsync(includeDemo: true);
        var withoutDemo = await _lobby.ListAsync(includeDemo: false);

        Assert.True(withDemo.Single(r => r.RoomId == demoId).IsDemo);
        Assert.False(withDemo.Single(r => r.RoomId == realId).IsDemo);
        Assert.DoesNotContain(withoutDemo, r => r.RoomId == demoId);
        Assert.DoesNotContain(withoutDemo, r => r.IsDemo);
        Assert.Contains(withoutDemo, r => r.RoomId == realId);
    }

    [Fact]
    public async Task Live_rooms_come_first_then_upcoming_by_start_then_ended_newest_first()
    {
        var prefix = $"order-{Guid.NewGuid():N}"[..20];
        var t = TestRooms.Start;
        var rows = new[]
        {
            Row($"{prefix}-ended-old", 1, RoomStatus.Ended, "Ended long ago", start: t.AddDays(-3), endedAt: t.AddDays(-3).AddHours(2)),
            Row($"{prefix}-upcoming-late", 1, RoomStatus.Scheduled, "Upcoming later", start: t.AddDays(2)),
            Row($"{prefix}-live-b", 1, RoomStatus.Live, "Live, started later", start: t.AddHours(1)),
            Row($"{prefix}-ended-new", 1, RoomStatus.Ended, "Ended recently", start: t.AddDays(-1), endedAt: t.AddDays(-1).AddHours(2)),
            Row($"{prefix}-upcoming-soon", 1, RoomStatus.Scheduled, "Upcoming soon", start: t.AddDays(1)),
            Row($"{prefix}-live-a", 1, RoomStatus.Live, "Live, started earlier", start: t),
        };
        foreach (var row in rows)
        {
            await _lobby.UpsertAsync(row);
        }

        var listed = (await _lobby.ListAsync(includeDemo: true)).Where(r => r.RoomId.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r.RoomId[(prefix.Length + 1)..]);

        Assert.Equal(["live-a", "live-b", "upcoming-soon", "upcoming-late", "ended-new", "ended-old"], listed);
    }

    private async Task<LobbyRoom> FindAsync(string roomId)
    {
        var rooms = await _lobby.ListAsync(includeDemo: true);
        return Assert.Single(rooms, r => r.RoomId == roomId);
    }

    private static LobbyRoom Row(string roomId, long version, RoomStatus status, string title, DateTimeOffset? start = null, DateTimeOffset? endedAt = null)
    {
        var scheduledStart = start ?? TestRooms.Start;
        return new LobbyRoom
        {
            RoomId = roomId,
            Version = version,
            Kind = RoomKind.CharitySale,
            Status = status,
            Title = title,
            Description = "",
            HostOrganisationId = "org",
            HostOrganisationName = "Org",
            ScheduledStart = scheduledStart,
            ScheduledEnd = scheduledStart.AddHours(2),
            StartedAt = status == RoomStatus.Scheduled ? null : scheduledStart,
            EndedAt = endedAt,
        };
    }
}
