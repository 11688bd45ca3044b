using System.Diagnostics.CodeAnalysis;
using LiveFair.Silo.Storage;
using Xunit;

namespace LiveFair.Silo.Tests.Infrastructure;

[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteDatabaseFixture : IDatabaseFixture, IAsyncLifetime
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
