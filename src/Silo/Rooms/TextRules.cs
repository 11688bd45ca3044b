using System.Text;
using System.Text.RegularExpressions;
using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Rooms;

/// <summary>
/// Normalises free text from people and tools. Markup is not stripped: every page renders text as text,
/// so "&lt;script&gt;" stays visible and harmless. Control characters are refused because they corrupt
/// transcripts and terminals downstream.
/// </summary>
internal static partial class TextRules
{
    /// <summary>Collapses line breaks and tabs to spaces and trims; null stays null.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    public static string Required(string? text, int maxLength, string field, string code)
    {
        var value = Normalise(text);
        if (string.IsNullOrEmpty(value))
        {
            throw RoomErrors.Invalid($"{code}.empty", $"{field} must not be empty.");
        }

        return Bounded(value, maxLength, field, code);
    }

    public static string Optional(string? text, int maxLength, string field, string code) =>
        Bounded(Normalise(text) ?? "", maxLength, field, code);

    /// <summary>
    /// For long free text such as a CV, where paragraphs carry meaning: line breaks are kept (as \n), tabs
    /// become spaces, and every other control character is refused as in <see cref="Optional"/>.
    /// </summary>
    public static string OptionalMultiline(string? text, int maxLength, string field, string code)
    {
        var value = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Trim();
        return Bounded(value, maxLength, field, code, allowLineBreaks: true);
    }

    public static string? OptionalUrl(string? url, string field, string code)
    {
        var value = Normalise(url);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > 2000
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw RoomErrors.Invalid($"{code}.invalid_url", $"{field} must be an absolute http or https address.");
        }

        return uri.AbsoluteUri;
    }

    public static string Language(string? language, string fallback)
    {
        var value = Normalise(language);
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return LanguageTag().IsMatch(value)
            ? value
            : throw RoomErrors.Invalid("caption.invalid_language", "Language must be a tag such as zh-CN, en or zh-Hans-CN.");
    }

    private static string Bounded(string value, int maxLength, string field, string code, bool allowLineBreaks = false)
    {
        if (value.Length > maxLength)
        {
            throw RoomErrors.Invalid($"{code}.too_long", $"{field} must be at most {maxLength} characters (got {value.Length}).");
        }

        if (value.Any(c => char.IsControl(c) && !(allowLineBreaks && c == '\n')))
        {
            throw RoomErrors.Invalid($"{code}.invalid_characters", $"{field} contains control characters.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
