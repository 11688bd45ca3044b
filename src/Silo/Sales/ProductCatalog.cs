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
            .WithParameter("@payload", PayloadRows.Serialize(product));
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
        return await PayloadRows.ReadAllAsync<ProductView>(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The products with these ids that exist, in the order of <paramref name="productIds"/>.</summary>
    public Task<IReadOnlyList<ProductView>> GetManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken = default) =>
        PayloadRows.GetManyAsync<ProductView>(database, "product_catalog", "product_id", productIds, v => v.ProductId, cancellationToken);
}
