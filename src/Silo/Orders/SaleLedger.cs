using System.Data.Common;
using System.Globalization;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Orders;

/// <summary>
/// The workshops' books in SQL: each paid order's split lines (<see cref="LedgerLines.For"/>, with the price, split
/// and makers the order was reserved with), and, when it is cancelled or refunded after paying, the same lines
/// negated. Rows are keyed by order, entry and line, and a write inserts only rows that are missing, so an order
/// that writes its lines again after a crash never counts twice.
/// </summary>
public sealed class SaleLedger(LiveFairDatabase database)
{
    private const string Columns = """
        order_id, entry, line_no, workshop_id, product_id, room_id, kind, maker_id, charity_name, quantity, amount_fen,
        recorded_at
        """;

    /// <summary>The rows <paramref name="entry"/> of <paramref name="order"/> consists of, in line order.</summary>
    public static IReadOnlyList<SaleLedgerRow> RowsFor(OrderView order, LedgerEntry entry, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(order);
        var sign = entry == LedgerEntry.Reversal ? -1 : 1;
        return
        [
            .. LedgerLines.For(order.PriceFen, order.Split, order.Quantity, order.MakerIds).Select((line, i) => new SaleLedgerRow
            {
                OrderId = order.OrderId,
                Entry = entry,
                LineNo = i,
                WorkshopId = order.WorkshopId,
                ProductId = order.ProductId,
                RoomId = order.RoomId,
                Kind = line.Kind,
                MakerId = line.MakerId,
                CharityName = line.Kind == LedgerLineKind.Charity ? order.Split.CharityName : null,
                Quantity = sign * order.Quantity,
                AmountFen = sign * line.AmountFen,
                RecordedAt = recordedAt,
            }),
        ];
    }

    /// <summary>Writes the rows of <paramref name="entry"/> for <paramref name="order"/> that are not there yet, in one statement.</summary>
    public async Task RecordAsync(OrderView order, LedgerEntry entry, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        var rows = RowsFor(order, entry, recordedAt);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var values = new List<string>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var p = "@r" + i.ToString(CultureInfo.InvariantCulture) + "_";
            values.Add($"({p}order_id, {p}entry, {p}line_no, {p}workshop_id, {p}product_id, {p}room_id, {p}kind, {p}maker_id, " +
                $"{p}charity_name, {p}quantity, {p}amount_fen, {p}recorded_at)");
            command.WithParameter(p + "order_id", row.OrderId)
                .WithParameter(p + "entry", (int)row.Entry)
                .WithParameter(p + "line_no", row.LineNo)
                .WithParameter(p + "workshop_id", row.WorkshopId)
                .WithParameter(p + "product_id", row.ProductId)
                .WithParameter(p + "room_id", row.RoomId)
                .WithParameter(p + "kind", (int)row.Kind)
                .WithParameter(p + "maker_id", row.MakerId)
                .WithParameter(p + "charity_name", row.CharityName)
                .WithParameter(p + "quantity", row.Quantity)
                .WithParameter(p + "amount_fen", row.AmountFen)
                .WithParameter(p + "recorded_at", row.RecordedAt.ToUnixTimeMilliseconds());
        }

#pragma warning disable CA2100 // Only generated parameter names are concatenated; every value is a parameter.
        command.CommandText = $"""
            INSERT INTO sale_ledger ({Columns})
            VALUES {string.Join(", ", values)}
            ON CONFLICT (order_id, entry, line_no) DO NOTHING
            """;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One order's rows: its sale, then its reversal if it has one.</summary>
    public Task<IReadOnlyList<SaleLedgerRow>> GetOrderLinesAsync(string orderId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM sale_ledger WHERE order_id = @order_id ORDER BY entry, line_no",
            command => command.WithParameter("@order_id", orderId),
            cancellationToken);

    /// <summary>Every row of a workshop, oldest first: the books as they were written, for the dashboard's CSV.</summary>
    public Task<IReadOnlyList<SaleLedgerRow>> ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM sale_ledger WHERE workshop_id = @workshop_id ORDER BY recorded_at, order_id, entry, line_no",
            command => command.WithParameter("@workshop_id", workshopId),
            cancellationToken);

    public async Task<WorkshopSaleTotals> GetWorkshopTotalsAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // Every order has a line 0, and its sale and reversal each count the order once, with opposite signs.
        // SUM is cast because PostgreSQL widens a BIGINT sum to NUMERIC.
        var (orders, items, total, materials, platform, payment) = await ScalarRowAsync(
            connection,
            """
            SELECT
                CAST(COALESCE(SUM(CASE WHEN line_no = 0 THEN (CASE WHEN entry = @sale THEN 1 ELSE -1 END) ELSE 0 END), 0) AS BIGINT),
                CAST(COALESCE(SUM(CASE WHEN line_no = 0 THEN quantity ELSE 0 END), 0) AS BIGINT),
                CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT),
                CAST(COALESCE(SUM(CASE WHEN kind = @materials THEN amount_fen ELSE 0 END), 0) AS BIGINT),
                CAST(COALESCE(SUM(CASE WHEN kind = @platform THEN amount_fen ELSE 0 END), 0) AS BIGINT),
                CAST(COALESCE(SUM(CASE WHEN kind = @payment THEN amount_fen ELSE 0 END), 0) AS BIGINT)
            FROM sale_ledger WHERE workshop_id = @workshop_id
            """,
            workshopId,
            cancellationToken).ConfigureAwait(false);

        var makers = new List<MakerEarnings>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT maker_id, CAST(SUM(amount_fen) AS BIGINT) FROM sale_ledger
                WHERE workshop_id = @workshop_id AND kind = @maker
                GROUP BY maker_id
                """;
            command.WithParameter("@workshop_id", workshopId).WithParameter("@maker", (int)LedgerLineKind.Maker);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                makers.Add(new MakerEarnings(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
            }
        }

        var charities = new List<CharityTotal>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT charity_name, CAST(SUM(amount_fen) AS BIGINT) FROM sale_ledger
                WHERE workshop_id = @workshop_id AND kind = @charity
                GROUP BY charity_name
                """;
            command.WithParameter("@workshop_id", workshopId).WithParameter("@charity", (int)LedgerLineKind.Charity);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                charities.Add(new CharityTotal(reader.IsDBNull(0) ? "" : reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new WorkshopSaleTotals
        {
            Orders = checked((int)orders),
            ItemsSold = checked((int)items),
            TotalFen = total,
            // Sorted here, not in SQL: the providers order NULLs and collate text differently.
            Makers = [.. makers.OrderBy(m => m.MakerId, StringComparer.Ordinal)],
            Charities = [.. charities.OrderBy(c => c.CharityName, StringComparer.Ordinal)],
            MaterialsFen = materials,
            PlatformFeeFen = platform,
            PaymentFeeFen = payment,
        };
    }

    private static async Task<(long, long, long, long, long, long)> ScalarRowAsync(
        DbConnection connection, string sql, string workshopId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.WithParameter("@workshop_id", workshopId)
            .WithParameter("@sale", (int)LedgerEntry.Sale)
            .WithParameter("@materials", (int)LedgerLineKind.Materials)
            .WithParameter("@platform", (int)LedgerLineKind.PlatformFee)
            .WithParameter("@payment", (int)LedgerLineKind.PaymentFee);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    private async Task<IReadOnlyList<SaleLedgerRow>> QueryAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        var rows = new List<SaleLedgerRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SaleLedgerRow
            {
                OrderId = reader.GetString(0),
                Entry = (LedgerEntry)reader.GetInt32(1),
                LineNo = reader.GetInt32(2),
                WorkshopId = reader.GetString(3),
                ProductId = reader.GetString(4),
                RoomId = reader.IsDBNull(5) ? null : reader.GetString(5),
                Kind = (LedgerLineKind)reader.GetInt32(6),
                MakerId = reader.IsDBNull(7) ? null : reader.GetString(7),
                CharityName = reader.IsDBNull(8) ? null : reader.GetString(8),
                Quantity = reader.GetInt32(9),
                AmountFen = reader.GetInt64(10),
                RecordedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            });
        }

        return rows;
    }
}
