using System.Diagnostics.CodeAnalysis;
using LiveFair.Silo.Storage;
using Xunit;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>
/// PostgreSQL from <c>LIVEFAIR_TEST_POSTGRES</c>. A missing variable fails every test in the class with a
/// clear message instead of passing silently: the PostgreSQL path is only covered when a server is given.
/// Rows written under <see cref="KeyPrefix"/> are removed afterwards.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class PostgresDatabaseFixture : IDatabaseFixture, IAsyncLifetime
{
    public const string VariableName = "LIVEFAIR_TEST_POSTGRES";

    private LiveFairDatabase? _database;
    private RelationalGrainStorage? _storage;

    public LiveFairDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public RelationalGrainStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    public string KeyPrefix { get; } = $"run-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: set {VariableName} to a connection string such as " +
                "'Host=127.0.0.1;Port=5432;Username=livefair;Password=livefair;Database=livefair_test'. " +
                "They fail rather than skip so that a run without PostgreSQL never looks like a full pass.");
        }

        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        await DatabaseSchema.EnsureCreatedAsync(_database);
        _storage = new RelationalGrainStorage(_database, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        try
        {
            // Leave a shared test database as it was found.
            await using var connection = await _database.OpenConnectionAsync();
            foreach (var sql in new[]
            {
                "DELETE FROM grain_state WHERE grain_id LIKE @prefix",
                "DELETE FROM lobby_room WHERE room_id LIKE @prefix",
                "DELETE FROM organisation_directory WHERE organisation_id LIKE @prefix",
                "DELETE FROM application_index WHERE application_id LIKE @prefix",
                "DELETE FROM fair_invitation_index WHERE room_id LIKE @prefix",
                "DELETE FROM order_index WHERE order_id LIKE @prefix",
                "DELETE FROM sale_ledger WHERE order_id LIKE @prefix",
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.WithParameter("@prefix", KeyPrefix + "%");
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }
}
