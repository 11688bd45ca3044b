using System.Globalization;

namespace LiveFair.Web.Localization;

/// <summary>Times are shown in China Standard Time, where LiveFair's rooms happen, and say so.</summary>
public static class DisplayTime
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Format(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, China);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (Texts.IsEnglish ? " (China time)" : "（北京时间）");
    }

    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
