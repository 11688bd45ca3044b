using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class CookieTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_lax_and_not_secure_over_plain_http()
    {
        var person = await fixture.Host.CreatePersonAsync();
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.Host.BaseAddress };
        using var response = await client.PostAsync("/api/account/login", LiveFairTestHost.JsonContent(new { email = person.Email, password = person.Password }));
        var cookie = SetCookie.Named(response, "livefair.auth");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("lax", cookie.SameSite);
        Assert.False(cookie.Secure);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_and_strict_and_not_secure_over_plain_http()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.Host.BaseAddress };
        using var response = await client.GetAsync("/account/login");
        var cookie = SetCookie.Named(response, "livefair.af");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("strict", cookie.SameSite);
        Assert.False(cookie.Secure);
    }
}
