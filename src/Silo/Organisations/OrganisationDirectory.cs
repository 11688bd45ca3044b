using System.Data.Common;
using System.Globalization;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Organisations;

/// <summary>
/// The list of organisations in SQL. Organisation grains write it after they persist; a row is replaced only
/// by a higher version, so a late or repeated write never moves it backwards.
/// </summary>
public sealed class OrganisationDirectory(LiveFairDatabase database)
{
    // SQLite and PostgreSQL collate text differently, so the order is applied here, the same for both.
    // Chinese collation puts Han names first, in pinyin order, which is what people in China expect of a list.
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    public async Task UpsertAsync(OrganisationDirectoryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO organisation_directory (organisation_id, version, kind, name, city, verified, created_at)
            VALUES (@organisation_id, @version, @kind, @name, @city, @verified, @created_at)
            ON CONFLICT (organisation_id) DO UPDATE SET
                version = excluded.version, kind = excluded.kind, name = excluded.name, city = excluded.city,
                verified = excluded.verified, created_at = excluded.created_at
            WHERE organisation_directory.version < excluded.version
            """;
        command.WithParameter("@organisation_id", entry.OrganisationId)
            .WithParameter("@version", entry.Version)
            .WithParameter("@kind", (int)entry.Kind)
            .WithParameter("@name", entry.Name)
            .WithParameter("@city", entry.City)
            .WithParameter("@verified", entry.Verified ? 1 : 0)
            .WithParameter("@created_at", entry.CreatedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Organisations by name; each filter applies only when given.</summary>
    public async Task<IReadOnlyList<OrganisationDirectoryEntry>> ListAsync(
        bool? verified = null, OrganisationKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // Flags instead of "@x IS NULL": PostgreSQL cannot infer the type of a parameter that is only compared to NULL.
        command.CommandText = """
            SELECT organisation_id, version, kind, name, city, verified, created_at
            FROM organisation_directory
            WHERE (@any_verified = 1 OR verified = @verified) AND (@any_kind = 1 OR kind = @kind)
            """;
        command.WithParameter("@any_verified", verified is null ? 1 : 0)
            .WithParameter("@verified", verified == true ? 1 : 0)
            .WithParameter("@any_kind", kind is null ? 1 : 0)
            .WithParameter("@kind", (int)(kind ?? default));
        var entries = new List<OrganisationDirectoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return [.. entries.OrderBy(e => e.Name, NameOrder).ThenBy(e => e.OrganisationId, StringComparer.Ordinal)];
    }

    private static OrganisationDirectoryEntry Read(DbDataReader reader) => new()
    {
        OrganisationId = reader.GetString(0),
        Version = reader.GetInt64(1),
        Kind = (OrganisationKind)reader.GetInt32(2),
        Name = reader.GetString(3),
        City = reader.GetString(4),
        Verified = reader.GetInt32(5) == 1,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
    };
}
