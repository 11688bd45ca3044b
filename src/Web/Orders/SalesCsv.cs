using System.Globalization;
using System.Text;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Localization;

namespace LiveFair.Web.Orders;

/// <summary>
/// A workshop's orders as CSV for its books and for packing: one row per order, amounts in yuan, headers in the
/// reader's language. Buyers type the names and addresses, so every cell a spreadsheet would read as a formula
/// (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, and every cell is quoted.
/// </summary>
public static class SalesCsv
{
    public static string Write(IEnumerable<OrderView> orders, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(texts);
        var csv = new StringBuilder();
        Row(csv, Columns.Select(column => texts["orders.csv." + column]));
        foreach (var order in orders)
        {
            var lines = LedgerLines.For(order.PriceFen, order.Split, order.Quantity);
            long Sum(LedgerLineKind kind) => lines.Where(line => line.Kind == kind).Sum(line => line.AmountFen);
            Row(csv,
            [
                order.OrderId,
                order.PlacedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                texts["orders.status." + order.Status],
                texts["orders.method." + order.PaymentMethod],
                order.ProductTitle,
                order.Quantity.ToString(CultureInfo.InvariantCulture),
                Money.Yuan(order.PriceFen),
                Money.Yuan(order.TotalFen),
                Money.Yuan(Sum(LedgerLineKind.Maker)),
                Money.Yuan(Sum(LedgerLineKind.Charity)),
                order.Split.CharityName,
                Money.Yuan(Sum(LedgerLineKind.Materials) + Sum(LedgerLineKind.PlatformFee) + Sum(LedgerLineKind.PaymentFee)),
                order.Shipping?.RecipientName ?? "",
                order.Shipping?.Phone ?? "",
                order.Shipping?.Province ?? "",
                order.Shipping?.City ?? "",
                order.Shipping?.AddressLine ?? "",
                order.Shipping?.PostalCode ?? "",
                order.Shipment?.Carrier ?? "",
                order.Shipment?.TrackingNumber ?? "",
            ]);
        }

        return csv.ToString();
    }

    /// <summary>A cell as it is written: quoted, inner quotes doubled, and never read as a formula.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static readonly string[] Columns =
    [
        "order", "placed_at", "status", "payment", "product", "quantity", "price", "total", "makers", "charity",
        "charity_name", "costs", "recipient", "phone", "province", "city", "address", "postal_code", "carrier", "tracking",
    ];

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
