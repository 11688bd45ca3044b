using LiveFair.Silo.Orders;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>The order index and sale ledger of a test cluster's SQLite file, read as Web reads them.</summary>
internal sealed class OrderReadModels : IAsyncDisposable
{
    private readonly LiveFairDatabase _database;

    public OrderReadModels(string sqliteConnectionString)
    {
        _database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = sqliteConnectionString });
        Index = new OrderIndex(_database);
        Ledger = new SaleLedger(_database);
    }

    public OrderIndex Index { get; }

    public SaleLedger Ledger { get; }

    public LiveFairDatabase Database => _database;

    /// <summary>Runs raw SQL against the file, to break a table on purpose and mend it again.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
