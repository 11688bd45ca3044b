using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Storage;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteStorageFixture : IGrainStorageFixture, IAsyncLifetime
{
    private readonly TempSqliteFile _file = new();
    private LiveFairDatabase? _database;
    private RelationalGrainStorage? _storage;

    public LiveFairDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public RelationalGrainStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    public string KeyPrefix { get; } = $"run-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = _file.ConnectionString });
        await DatabaseSchema.EnsureCreatedAsync(_database);
        _storage = new RelationalGrainStorage(_database, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _file.Delete();
    }
}
