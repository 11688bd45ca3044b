using System.Net.Http.Headers;

namespace LiveFair.Web.Media;

/// <summary>
/// The one rule for media keys, the same for every store: one to eight segments joined by '/', each of
/// ASCII letters, digits, '-', '_' and '.', starting with a letter or digit (so no '.', '..' or hidden
/// names), at most 256 characters in all. Anything else, including backslashes, absolute paths and
/// traversal, is refused before a store touches it.
/// </summary>
public static class MediaKey
{
    public const int MaxLength = 256;
    public const int MaxSegments = 8;

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength)
        {
            return false;
        }

        var segments = key.Split('/');
        if (segments.Length > MaxSegments)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Length == 0 || !char.IsAsciiLetterOrDigit(segment[0]))
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static void Validate(string? key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException(
                "A media key is 1 to 8 '/'-separated segments of letters, digits, '-', '_' and '.', each starting with a letter or digit.",
                nameof(key));
        }
    }

    public static void ValidateContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)
            || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || parsed.MediaType is null
            || !parsed.MediaType.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A content type such as 'image/webp' is required.", nameof(contentType));
        }
    }
}
