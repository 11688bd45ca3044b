using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Lobby;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Lobby;

/// <summary>The SQL of <see cref="LobbyReadModel"/>, run against each database by the derived classes.</summary>
public abstract class LobbyReadModelContractTests(IDatabaseFixture fixture)
{
    private readonly LobbyReadModel _lobby = new(fixture.Database);

    [Fact]
    public async Task A_stale_write_does_not_overwrite_a_newer_row()
    {
        var roomId = NewRoomId();
        var newer = Row(roomId, version: 5, RoomStatus.Live, "Newer title");

        await _lobby.UpsertAsync(newer);
        await _lobby.UpsertAsync(newer with { Version = 4, Status = RoomStatus.Scheduled, Title = "Older title" });
        await _lobby.UpsertAsync(newer with { Title = "Same version, other title" });

        Assert.Equal(newer, await FindAsync(roomId));

        await _lobby.UpsertAsync(newer with { Version = 6, Status = RoomStatus.Ended, Title = "Newest title", EndedAt = TestRooms.Start.AddHours(2) });
        var newest = await FindAsync(roomId);
        Assert.Equal(6, newest.Version);
        Assert.Equal(RoomStatus.Ended, newest.Status);
        Assert.Equal("Newest title", newest.Title);
        Assert.Equal(TestRooms.Start.AddHours(2), newest.EndedAt);
    }

    [Fact]
    public async Task Every_column_round_trips()
    {
        var row = Row(NewRoomId(), version: 3, RoomStatus.Ended, "标题 <b>title</b>", endedAt: TestRooms.Start.AddHours(1)) with
        {
            Kind = RoomKind.JobFair,
            Description = "描述 & description",
            HasSignLanguage = true,
            IsDemo = true,
        };

        await _lobby.UpsertAsync(row);

        // Times are stored to the millisecond and read back in UTC: equal instants, not equal offsets.
        var read = await FindAsync(row.RoomId);
        Assert.Equal(row, read);
        Assert.Equal(TimeSpan.Zero, read.ScheduledStart.Offset);
    }

    [Fact]
    public async Task Demo_rooms_are_listed_only_when_asked_for()
    {
        var demo = Row(NewRoomId(), 1, RoomStatus.Live, "Sample room") with { IsDemo = true };
        var real = Row(NewRoomId(), 1, RoomStatus.Live, "Real room");
        await _lobby.UpsertAsync(demo);
        await _lobby.UpsertAsync(real);

        var withDemo = await _lobby.ListAsync(includeDemo: true);
        var withoutDemo = await _lobby.ListAsync(includeDemo: false);

        Assert.True(Assert.Single(withDemo, r => r.RoomId == demo.RoomId).IsDemo);
        Assert.Contains(withDemo, r => r.RoomId == real.RoomId);
        Assert.DoesNotContain(withoutDemo, r => r.IsDemo);
        Assert.Contains(withoutDemo, r => r.RoomId == real.RoomId);
    }

    [Fact]
    public async Task Live_rooms_come_first_then_upcoming_by_start_then_ended_newest_first()
    {
        var prefix = NewRoomId();
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

        var listed = (await _lobby.ListAsync(includeDemo: true))
            .Where(r => r.RoomId.StartsWith(prefix + "-", StringComparison.Ordinal))
            .Select(r => r.RoomId[(prefix.Length + 1)..]);

        Assert.Equal(["live-a", "live-b", "upcoming-soon", "upcoming-late", "ended-new", "ended-old"], listed);
    }

    private string NewRoomId() => $"{fixture.KeyPrefix}-{Guid.NewGuid():N}"[..48];

    private async Task<LobbyRoom> FindAsync(string roomId) =>
        Assert.Single(await _lobby.ListAsync(includeDemo: true), r => r.RoomId == roomId);

    private static LobbyRoom Row(string roomId, long version, RoomStatus status, string title, DateTimeOffset? start = null, DateTimeOffset? endedAt = null)
    {
        var scheduledStart = (start ?? TestRooms.Start).ToUniversalTime();
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
            EndedAt = endedAt?.ToUniversalTime(),
        };
    }
}
