using System.Globalization;

namespace LiveFair.Web.Localization;

/// <summary>UI strings in the request's language (zh-CN by default, or English). Unknown keys show themselves.</summary>
public sealed class Texts
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string key] =>
        TextCatalog.Entries.TryGetValue(key, out var entry) ? (IsEnglish ? entry.En : entry.Zh) : key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>The strings a script on the page needs, keyed without their prefix.</summary>
    public Dictionary<string, string> ForScript(string prefix) =>
        TextCatalog.Entries.Keys
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(key => key[prefix.Length..], key => this[key]);
}
