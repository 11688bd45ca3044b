using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Sales;

/// <summary>
/// Every product in SQL, as the whole <see cref="ProductView"/>. Product grains write it after they persist (stock
/// changes gathered, see <see cref="ProductOptions.StockPushDelay"/>); a row is replaced only by a higher version, so
/// a late write never moves it backwards. Lists read it instead of waking one grain per product; the stock shown in a
/// list may be a moment old, the product page asks the grain.
/// </summary>
public sealed class ProductCatalog(LiveFairDatabase database)
{
    private const int IdsPerQuery = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task UpsertAsync(ProductView product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO product_catalog (product_id, workshop_id, version, created_at, payload)
            VALUES (@product_id, @workshop_id, @version, @created_at, @payload)
            ON CONFLICT (product_id) DO UPDATE SET
                workshop_id = excluded.workshop_id, version = excluded.version,
                created_at = excluded.created_at, payload = excluded.payload
            WHERE product_catalog.version < excluded.version
            """;
        command.WithParameter("@product_id", product.ProductId)
            .WithParameter("@workshop_id", product.WorkshopId)
            .WithParameter("@version", product.Version)
            .WithParameter("@created_at", product.CreatedAt.ToUnixTimeMilliseconds())
            .WithParameter("@payload", JsonSerializer.Serialize(product, Json));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A workshop's products, newest first.</summary>
    public async Task<IReadOnlyList<ProductView>> ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT payload FROM product_catalog WHERE workshop_id = @workshop_id ORDER BY created_at DESC, product_id
            """;
        command.WithParameter("@workshop_id", workshopId);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The products with these ids that exist, in the order of <paramref name="productIds"/>.</summary>
    public async Task<IReadOnlyList<ProductView>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        var wanted = productIds.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, ProductView>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Chunk(IdsPerQuery))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                command.WithParameter(names[i], chunk[i]);
            }

#pragma warning disable CA2100 // Only generated parameter names are concatenated; every value is a parameter.
            command.CommandText = $"SELECT payload FROM product_catalog WHERE product_id IN ({string.Join(", ", names)})";
#pragma warning restore CA2100
            foreach (var product in await ReadAllAsync(command, cancellationToken).ConfigureAwait(false))
            {
                found[product.ProductId] = product;
            }
        }

        return [.. wanted.Where(found.ContainsKey).Select(id => found[id])];
    }

    private static async Task<List<ProductView>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var products = new List<ProductView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            products.Add(JsonSerializer.Deserialize<ProductView>(reader.GetString(0), Json)
                ?? throw new InvalidDataException("A product catalog row holds no product."));
        }

        return products;
    }
}
