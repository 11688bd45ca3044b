using System.Data.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Lobby;

/// <summary>
/// The lobby's list of rooms in SQL. Room grains write it after they persist; a row is replaced only by a
/// higher version, so a late or repeated write never moves it backwards.
/// </summary>
public sealed class LobbyReadModel(LiveFairDatabase database)
{
    public async Task UpsertAsync(LobbyRoom room, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(room);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO lobby_room (room_id, version, kind, status, title, description, host_org_id, host_org_name,
                                    scheduled_start, scheduled_end, started_at, ended_at, has_sign_language, is_demo)
            VALUES (@room_id, @version, @kind, @status, @title, @description, @host_org_id, @host_org_name,
                    @scheduled_start, @scheduled_end, @started_at, @ended_at, @has_sign_language, @is_demo)
            ON CONFLICT (room_id) DO UPDATE SET
                version = excluded.version, kind = excluded.kind, status = excluded.status, title = excluded.title,
                description = excluded.description, host_org_id = excluded.host_org_id,
                host_org_name = excluded.host_org_name, scheduled_start = excluded.scheduled_start,
                scheduled_end = excluded.scheduled_end, started_at = excluded.started_at, ended_at = excluded.ended_at,
                has_sign_language = excluded.has_sign_language, is_demo = excluded.is_demo
            WHERE lobby_room.version < excluded.version
            """;
        command.WithParameter("@room_id", room.RoomId)
            .WithParameter("@version", room.Version)
            .WithParameter("@kind", (int)room.Kind)
            .WithParameter("@status", (int)room.Status)
            .WithParameter("@title", room.Title)
            .WithParameter("@description", room.Description)
            .WithParameter("@host_org_id", room.HostOrganisationId)
            .WithParameter("@host_org_name", room.HostOrganisationName)
            .WithParameter("@scheduled_start", room.ScheduledStart.ToUnixTimeMilliseconds())
            .WithParameter("@scheduled_end", room.ScheduledEnd.ToUnixTimeMilliseconds())
            .WithParameter("@started_at", room.StartedAt?.ToUnixTimeMilliseconds())
            .WithParameter("@ended_at", room.EndedAt?.ToUnixTimeMilliseconds())
            .WithParameter("@has_sign_language", room.HasSignLanguage ? 1 : 0)
            .WithParameter("@is_demo", room.IsDemo ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>All rooms, live first, then upcoming by start time, then ended (newest first).</summary>
    public async Task<IReadOnlyList<LobbyRoom>> ListAsync(bool includeDemo, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT room_id, version, kind, status, title, description, host_org_id, host_org_name,
                   scheduled_start, scheduled_end, started_at, ended_at, has_sign_language, is_demo
            FROM lobby_room
            WHERE is_demo = 0 OR @include_demo = 1
            ORDER BY CASE status WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END,
                     CASE WHEN status = 2 THEN -COALESCE(ended_at, scheduled_end) ELSE scheduled_start END, room_id
            """;
        command.WithParameter("@include_demo", includeDemo ? 1 : 0);
        var rooms = new List<LobbyRoom>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rooms.Add(Read(reader));
        }

        return rooms;
    }

    private static LobbyRoom Read(DbDataReader reader) => new()
    {
        RoomId = reader.GetString(0),
        Version = reader.GetInt64(1),
        Kind = (RoomKind)reader.GetInt32(2),
        Status = (RoomStatus)reader.GetInt32(3),
        Title = reader.GetString(4),
        Description = reader.GetString(5),
        HostOrganisationId = reader.GetString(6),
        HostOrganisationName = reader.GetString(7),
        ScheduledStart = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        ScheduledEnd = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
        StartedAt = reader.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
        EndedAt = reader.IsDBNull(11) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
        HasSignLanguage = reader.GetInt32(12) == 1,
        IsDemo = reader.GetInt32(13) == 1,
    };
}
