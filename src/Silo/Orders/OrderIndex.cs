using System.Data.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Orders;

/// <summary>
/// Every order in SQL, as the whole <see cref="OrderView"/> plus the columns lists filter on. Order grains write
/// it after they persist; a row is replaced only by a higher version, so a late or repeated write never moves it
/// backwards. "My orders" and the workshop's sales list read it instead of waking one grain per order.
/// </summary>
public sealed class OrderIndex(LiveFairDatabase database)
{
    public async Task UpsertAsync(OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO order_index (order_id, version, buyer_id, workshop_id, product_id, status, placed_at, payload)
            VALUES (@order_id, @version, @buyer_id, @workshop_id, @product_id, @status, @placed_at, @payload)
            ON CONFLICT (order_id) DO UPDATE SET
                version = excluded.version, buyer_id = excluded.buyer_id, workshop_id = excluded.workshop_id,
                product_id = excluded.product_id, status = excluded.status, placed_at = excluded.placed_at,
                payload = excluded.payload
            WHERE order_index.version < excluded.version
            """;
        command.WithParameter("@order_id", order.OrderId)
            .WithParameter("@version", order.Version)
            .WithParameter("@buyer_id", order.BuyerId)
            .WithParameter("@workshop_id", order.WorkshopId)
            .WithParameter("@product_id", order.ProductId)
            .WithParameter("@status", (int)order.Status)
            .WithParameter("@placed_at", order.PlacedAt.ToUnixTimeMilliseconds())
            .WithParameter("@payload", PayloadRows.Serialize(order));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A buyer's orders, newest first.</summary>
    public Task<IReadOnlyList<OrderView>> ListByBuyerAsync(string buyerId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "SELECT payload FROM order_index WHERE buyer_id = @buyer_id ORDER BY placed_at DESC, order_id DESC",
            command => command.WithParameter("@buyer_id", buyerId),
            cancellationToken);

    /// <summary>A workshop's orders, newest first; only those in <paramref name="status"/> when it is given.</summary>
    public Task<IReadOnlyList<OrderView>> ListByWorkshopAsync(
        string workshopId, OrderStatus? status = null, CancellationToken cancellationToken = default) =>
        QueryAsync(
            // A flag instead of "@status IS NULL": PostgreSQL cannot infer the type of a parameter only compared to NULL.
            """
            SELECT payload FROM order_index
            WHERE workshop_id = @workshop_id AND (@any_status = 1 OR status = @status)
            ORDER BY placed_at DESC, order_id DESC
            """,
            command => command.WithParameter("@workshop_id", workshopId)
                .WithParameter("@any_status", status is null ? 1 : 0)
                .WithParameter("@status", (int)(status ?? default)),
            cancellationToken);

    /// <summary>The ids of a buyer's orders, for account erasure: each of them is then anonymised by its grain.</summary>
    public async Task<IReadOnlyList<string>> ListOrderIdsByBuyerAsync(string buyerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT order_id FROM order_index WHERE buyer_id = @buyer_id ORDER BY placed_at, order_id";
        command.WithParameter("@buyer_id", buyerId);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<IReadOnlyList<OrderView>> QueryAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        return await PayloadRows.ReadAllAsync<OrderView>(command, cancellationToken).ConfigureAwait(false);
    }
}
