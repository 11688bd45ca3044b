using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LiveFair.Silo.Storage;

/// <summary>
/// The one relational database of a LiveFair deployment: SQLite in embedded mode, PostgreSQL in a
/// cluster. All SQL in LiveFair is written to run unchanged on both (ON CONFLICT, BIGINT, TEXT), so
/// the only provider-specific parts live here.
/// </summary>
public sealed class LiveFairDatabase : IAsyncDisposable
{
    private readonly DbDataSource _dataSource;

    public LiveFairDatabase(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        ConnectionString = options.Provider == DatabaseProvider.Sqlite
            ? PrepareSqlite(options.ConnectionString)
            : options.ConnectionString;
        _dataSource = options.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteFactory.Instance.CreateDataSource(ConnectionString),
            DatabaseProvider.PostgreSql => NpgsqlDataSource.Create(ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The connection string as used, with a SQLite file path made absolute.</summary>
    public string ConnectionString { get; }

    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (Provider == DatabaseProvider.Sqlite)
        {
            await SqlitePrivacy.SecureDeleteAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }

    /// <summary>
    /// After an erasure: moves every change out of SQLite's write-ahead log and empties it, so deleted
    /// personal data does not linger in the -wal file. PostgreSQL needs nothing here (VACUUM reclaims rows).
    /// </summary>
    public async Task FlushDeletedDataAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static string PrepareSqlite(string connectionString)
    {
        // Relative paths are taken from the working directory; create the folder so a fresh clone just runs.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
