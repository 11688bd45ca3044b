using Xunit;

namespace LiveFair.Web.Tests.Security;

internal static class SecurityHeaderAssertions
{
    /// <summary>The baseline headers: a script policy without inline script, no sniffing, no framing, a referrer policy.</summary>
    public static void AssertPresent(HttpResponseMessage response)
    {
        var uri = response.RequestMessage?.RequestUri;
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), $"no CSP on {uri}");
        var csp = string.Join(";", policies);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : [], v => v.Length > 0);
}
