using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveFair.Silo.Storage;

/// <summary>
/// The read models that keep a whole view as JSON in a <c>payload</c> column (the job and product catalogs, the
/// order index) read it back the same way: one serializer setting, one reader loop, one chunked "by ids" query.
/// </summary>
public static class PayloadRows
{
    /// <summary>Ids per query in <see cref="GetManyAsync"/>; keeps the statement well under every provider's parameter limit.</summary>
    private const int IdsPerQuery = 200;

    /// <summary>Enums as names, so a row stays readable and survives a reordered enum.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T view) => JsonSerializer.Serialize(view, Json);

    /// <summary>Every row's payload (the first column) as <typeparamref name="T"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), Json)
                ?? throw new InvalidDataException($"A {typeof(T).Name} row holds no payload."));
        }

        return rows;
    }

    /// <summary>
    /// The rows of <paramref name="table"/> whose <paramref name="idColumn"/> is one of <paramref name="ids"/>, in the
    /// order of <paramref name="ids"/>; unknown ids are left out. Table and column are LiveFair's own names, never input.
    /// </summary>
    public static async Task<IReadOnlyList<T>> GetManyAsync<T>(
        LiveFairDatabase database, string table, string idColumn, IReadOnlyCollection<string> ids, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(idOf);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Chunk(IdsPerQuery))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                command.WithParameter(names[i], chunk[i]);
            }

#pragma warning disable CA2100 // Table and column are constants of the caller; every value is a parameter.
            command.CommandText = $"SELECT payload FROM {table} WHERE {idColumn} IN ({string.Join(", ", names)})";
#pragma warning restore CA2100
            foreach (var row in await ReadAllAsync<T>(command, cancellationToken).ConfigureAwait(false))
            {
                found[idOf(row)] = row;
            }
        }

        return [.. wanted.Where(found.ContainsKey).Select(id => found[id])];
    }
}
