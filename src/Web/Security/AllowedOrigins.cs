using Microsoft.Extensions.Options;

namespace LiveFair.Web.Security;

/// <summary>Which browser origins may open hub connections: the site's own, and those configured.</summary>
internal sealed class AllowedOrigins(IOptions<SecurityOptions> options)
{
    private readonly HashSet<string> _configured =
        [.. options.Value.AllowedOrigins.Select(OriginKey.Normalize).OfType<string>()];

    public bool Allows(string origin, HttpRequest request)
    {
        var key = OriginKey.Normalize(origin);
        return key is not null && (_configured.Contains(key) || key == OriginKey.Of(request));
    }
}
