using System.Net;
using System.Text.RegularExpressions;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed partial class SiteFormTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_language_switch_on_every_page_works_and_is_remembered()
    {
        using var client = fixture.Host.CreateClient();
        var page = await client.GetStringAsync("/");
        var form = LanguageForm().Match(page);
        Assert.True(form.Success, "the language form with its antiforgery token is on the page");

        using var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = form.Groups["token"].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_never_redirects_off_the_site(string returnUrl)
    {
        using var client = fixture.Host.CreateClient();
        var token = LanguageForm().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        using var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unsupported_language_or_a_missing_token_changes_nothing()
    {
        using var client = fixture.Host.CreateClient();
        var token = LanguageForm().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        using var unsupported = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "xx-<script>",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);

        using var forged = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_with_the_page_form_ends_the_session()
    {
        using var client = fixture.Host.CreateClient(await fixture.Host.SignInAsync(await fixture.Host.CreatePersonAsync()));
        var page = await client.GetStringAsync("/");
        var token = SignOutForm().Match(page).Groups["token"].Value;
        Assert.NotEmpty(token);

        using var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<form method=\"post\" action=\"/language\">.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex LanguageForm();

    [GeneratedRegex("<form method=\"post\" action=\"/account/logout\">.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex SignOutForm();
}
