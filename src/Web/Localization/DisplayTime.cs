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

    /// <summary>Just the time of day (HH:mm:ss, China time), for deadlines within the next minutes.</summary>
    public static string Clock(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, China).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
