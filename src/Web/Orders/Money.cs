using System.Globalization;

namespace LiveFair.Web.Orders;

/// <summary>Fen shown as yuan: 12345 → "123.45", never through floating point.</summary>
public static class Money
{
    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : "";
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>With the currency sign, as pages show it: ¥123.45.</summary>
    public static string Display(long fen) => fen < 0 ? "-¥" + Yuan(-fen) : "¥" + Yuan(fen);
}
