namespace LiveFair.Web.Tests.Security;

/// <summary>One Set-Cookie header, read the way a browser reads its attributes.</summary>
internal sealed record SetCookie(string Name, string Value, IReadOnlySet<string> Flags, IReadOnlyDictionary<string, string> Attributes)
{
    public bool HttpOnly => Flags.Contains("httponly");

    public bool Secure => Flags.Contains("secure");

    public string? SameSite => Attributes.TryGetValue("samesite", out var value) ? value.ToLowerInvariant() : null;

    public static IReadOnlyList<SetCookie> From(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values.Select(Parse)] : [];

    public static SetCookie Named(HttpResponseMessage response, string name) =>
        From(response).SingleOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} set no cookie {name}; it set: {string.Join(", ", From(response).Select(c => c.Name))}");

    private static SetCookie Parse(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                flags.Add(part.ToLowerInvariant());
            }
            else
            {
                attributes[part[..equals].ToLowerInvariant()] = part[(equals + 1)..];
            }
        }

        var equalsInPair = parts[0].IndexOf('=', StringComparison.Ordinal);
        return new SetCookie(parts[0][..equalsInPair], parts[0][(equalsInPair + 1)..], flags, attributes);
    }
}
