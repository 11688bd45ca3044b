using System.Data.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// Which fairs invited which employers, so an employer can list its invitations without asking every fair.
/// Fair grains write it after they persist; a row is replaced only by a higher version.
/// </summary>
public sealed class FairInvitationIndex(LiveFairDatabase database)
{
    public async Task UpsertAsync(FairInvitationIndexEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO fair_invitation_index (room_id, employer_id, version, status, room_title, invited_at)
            VALUES (@room_id, @employer_id, @version, @status, @room_title, @invited_at)
            ON CONFLICT (room_id, employer_id) DO UPDATE SET
                version = excluded.version, status = excluded.status, room_title = excluded.room_title,
                invited_at = excluded.invited_at
            WHERE fair_invitation_index.version < excluded.version
            """;
        command.WithParameter("@room_id", entry.RoomId)
            .WithParameter("@employer_id", entry.EmployerId)
            .WithParameter("@version", entry.Version)
            .WithParameter("@status", (int)entry.Status)
            .WithParameter("@room_title", entry.RoomTitle)
            .WithParameter("@invited_at", entry.InvitedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The fairs that invited <paramref name="employerId"/>, newest invitation first.</summary>
    public async Task<IReadOnlyList<FairInvitationIndexEntry>> ListForEmployerAsync(string employerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT room_id, employer_id, version, status, room_title, invited_at
            FROM fair_invitation_index
            WHERE employer_id = @employer_id
            ORDER BY invited_at DESC, room_id
            """;
        command.WithParameter("@employer_id", employerId);
        var entries = new List<FairInvitationIndexEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    /// <summary>A withdrawn invitation leaves no trace in the employer's list.</summary>
    public async Task DeleteAsync(string roomId, string employerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM fair_invitation_index WHERE room_id = @room_id AND employer_id = @employer_id";
        command.WithParameter("@room_id", roomId).WithParameter("@employer_id", employerId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static FairInvitationIndexEntry Read(DbDataReader reader) => new()
    {
        RoomId = reader.GetString(0),
        EmployerId = reader.GetString(1),
        Version = reader.GetInt64(2),
        Status = (FairInvitationStatus)reader.GetInt32(3),
        RoomTitle = reader.GetString(4),
        InvitedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
    };
}
