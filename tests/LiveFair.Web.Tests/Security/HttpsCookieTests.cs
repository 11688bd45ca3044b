using LiveFair.Contracts.Organisations;
using System.Text.RegularExpressions;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed partial class HttpsCookieTests(HttpsHostFixture fixture) : IClassFixture<HttpsHostFixture>
{
    [Fact]
    public async Task Over_HTTPS_every_cookie_is_secure_and_keeps_its_other_attributes()
    {
        Assert.Equal(Uri.UriSchemeHttps, fixture.Host.BaseAddress.Scheme);
        var person = await fixture.Host.CreateMemberAsync("org-a", OrganisationRole.Helper);
        var (email, password) = (person.Email, person.Password);
        using var client = fixture.CreateClient();

        using var signIn = await client.PostAsync("/api/account/login", LiveFairTestHost.JsonContent(new { email, password }));
        var auth = SetCookie.Named(signIn, "livefair.auth");
        Assert.True(auth.Secure);
        Assert.True(auth.HttpOnly);
        Assert.Equal("lax", auth.SameSite);

        using var page = await client.GetAsync("/");
        var antiforgery = SetCookie.Named(page, "livefair.af");
        Assert.True(antiforgery.Secure);
        Assert.True(antiforgery.HttpOnly);
        Assert.Equal("strict", antiforgery.SameSite);

        // The language cookie is written by the site's own code, not by a framework option: the cookie
        // policy still makes it Secure.
        var token = LanguageToken().Match(await page.Content.ReadAsStringAsync()).Groups["token"].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", $"livefair.af={antiforgery.Value}");
        using var switched = await client.SendAsync(request);
        var culture = SetCookie.Named(switched, ".AspNetCore.Culture");
        Assert.True(culture.Secure);
    }

    [GeneratedRegex("<form method=\"post\" action=\"/language\">.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex LanguageToken();
}
