namespace LiveFair.Browser.Tests;

/// <summary>The interface strings the tests wait for (src/Web/Localization/TextCatalog.cs), Chinese and English.</summary>
internal static class UiText
{
    public const string ConnectedZh = "已连接，字幕实时更新中。";
    public const string ConnectedEn = "Connected; captions update live.";
    public const string LiveZh = "直播中";
    public const string EndedZh = "已结束";
    public const string ScheduledZh = "未开始";
    public const string SignShowZh = "显示手语窗口";
    public const string SignHideZh = "隐藏手语窗口";

    public static string Connected(string culture) => culture == "en" ? ConnectedEn : ConnectedZh;
}
