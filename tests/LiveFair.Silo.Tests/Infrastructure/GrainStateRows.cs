using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>Reads <c>grain_state</c> directly, to prove what is (or is no longer) stored, not just what a grain shows.</summary>
internal static class GrainStateRows
{
    /// <summary>The stored JSON payload of one grain's state, or null when there is no row.</summary>
    public static async Task<string?> ReadPayloadAsync(string sqliteConnectionString, string stateName, string grainKey)
    {
        await using var database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = sqliteConnectionString });
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE state_name = @name AND grain_id = @id";
        command.WithParameter("@name", stateName).WithParameter("@id", grainKey);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>Writes a new row as the grain storage would, for state that is slow or impossible to reach through commands.</summary>
    public static async Task WriteNewAsync<T>(string sqliteConnectionString, string stateName, GrainId grainId, T state)
    {
        await using var database = new LiveFairDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = sqliteConnectionString });
        var storage = new RelationalGrainStorage(database, TimeProvider.System);
        await storage.WriteStateAsync(stateName, grainId, new GrainState<T>(state));
    }
}
