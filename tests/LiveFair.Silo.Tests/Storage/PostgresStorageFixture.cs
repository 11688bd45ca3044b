using LiveFair.Silo.Storage;
using Xunit;

namespace LiveFair.Silo.Tests.Storage;

/// <summary>
/// PostgreSQL from <c>LIVEFAIR_TEST_POSTGRES</c>. A missing variable fails every test in the class with a
/// clear message instead of passing silently: the PostgreSQL path is only covered when a server is given.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class PostgresStorageFixture : IGrainStorageFixture, IAsyncLifetime
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
                $"The PostgreSQL storage tests need a server: set {VariableName} to a connection string such as " +
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
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM grain_state WHERE grain_id LIKE @prefix";
            command.WithParameter("@prefix", KeyPrefix + "%");
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }
}
