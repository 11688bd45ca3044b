namespace LiveFair.Web.Security;

/// <summary>The security baseline's settings (section <c>Security</c>); see docs/security.md.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Browser origins (<c>scheme://host[:port]</c>) that may open hub connections besides the site's own,
    /// e.g. the public address when a proxy hides it from the app.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    public HubRateLimitOptions HubRateLimit { get; } = new();

    public string? Problem()
    {
        foreach (var origin in AllowedOrigins)
        {
            if (OriginKey.Normalize(origin) is null)
            {
                return $"Security:AllowedOrigins holds \"{origin}\", which is not an origin; write scheme://host[:port], e.g. https://livefair.example.cn.";
            }
        }

        return HubRateLimit.Problem();
    }
}
