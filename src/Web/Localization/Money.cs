using System.Globalization;

namespace LiveFair.Web.Localization;

/// <summary>
/// Yuan as people type and read them, fen as LiveFair keeps them. Parsing is exact: "12.5" is 1250 fen, and a third
/// decimal place is refused rather than rounded, so the split a manager types is the split that is stored.
/// </summary>
public static class Money
{
    /// <summary>A non-negative amount in yuan with at most two decimals ("12", "12.5", "12.50", also "１２.５" typed in full width) as fen.</summary>
    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        var value = text?.Trim().Normalize(System.Text.NormalizationForm.FormKC).Replace("¥", "", StringComparison.Ordinal).Replace("￥", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 16)
        {
            return false;
        }

        var parts = value.Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts[0].All(char.IsAsciiDigit)
            || (parts.Length == 2 && (parts[1].Length is 0 or > 2 || !parts[1].All(char.IsAsciiDigit))))
        {
            return false;
        }

        var yuan = long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var cents = parts.Length == 2 ? int.Parse(parts[1].PadRight(2, '0'), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (yuan > long.MaxValue / 1000)
        {
            return false;
        }

        fen = (yuan * 100) + cents;
        return true;
    }

    /// <summary>Fen as yuan, never through floating point: 12345 → "123.45", 5 → "0.05", -5 → "-0.05" (inputs, CSV).</summary>
    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : "";
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>Fen as pages show it: "¥12.50", and a refund's "-¥12.50".</summary>
    public static string Format(long fen) => fen < 0 ? "-¥" + Yuan(-fen) : "¥" + Yuan(fen);
}
