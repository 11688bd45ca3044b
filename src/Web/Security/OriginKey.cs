namespace LiveFair.Web.Security;

/// <summary>An origin in one comparable form, <c>scheme://host:port</c> with the port always written.</summary>
internal static class OriginKey
{
    /// <summary>The key of an http(s) origin, or null when the text is not one (paths, wildcards, "null").</summary>
    public static string? Normalize(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin)
            || !Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return null;
        }

        // Browsers leave out default ports; configuration and Host headers may not.
        return uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.StrongPort, UriFormat.UriEscaped);
    }

    /// <summary>The origin this request was addressed to, as the browser that sent it sees the site.</summary>
    public static string? Of(HttpRequest request) =>
        request.Host.HasValue ? Normalize($"{request.Scheme}://{request.Host.Value}") : null;
}
