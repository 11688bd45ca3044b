using LiveFair.Contracts.Organisations;
using System.Net;
using System.Text.RegularExpressions;
using LiveFair.Web.Identity;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed partial class AntiforgeryTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    public static TheoryData<string?> ForgedTokens => new() { null, "forged", "CfDJ8-not-a-token" };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_sign_in_form_with_a_forged_or_missing_token_is_refused_with_the_error_page_and_signs_nobody_in(string? token)
    {
        var (email, password) = await NewPersonAsync();
        using var client = fixture.Host.CreateClient();
        await client.GetStringAsync("/account/login");

        using var response = await client.PostAsync("/account/login", Form(token, ("email", email), ("password", password)));
        await AssertErrorPageAsync(response);
        Assert.DoesNotContain(SetCookie.From(response), c => c.Name == "livefair.auth");
        using var console = await client.GetAsync($"/rooms/{await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA)}/console");
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.StartsWith("/account/login", console.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_sign_in_with_a_wrong_password_does_not_count_towards_lockout()
    {
        var (email, _) = await NewPersonAsync();
        using var client = fixture.Host.CreateClient();
        await client.GetStringAsync("/account/login");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.PostAsync("/account/login", Form("forged", ("email", email), ("password", "wrong-password-123")));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        Assert.Equal(0, await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task A_token_from_another_visitors_page_is_refused_on_the_language_form()
    {
        using var victim = fixture.Host.CreateClient();
        using var attacker = fixture.Host.CreateClient();
        await victim.GetStringAsync("/");
        var attackersToken = LanguageToken().Match(await attacker.GetStringAsync("/")).Groups["token"].Value;
        Assert.NotEmpty(attackersToken);

        using var response = await victim.PostAsync("/language", Form(attackersToken, ("culture", "en"), ("returnUrl", "/")));
        await AssertErrorPageAsync(response);
        Assert.Contains("<html lang=\"zh-CN\">", await victim.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("出错了", body, StringComparison.Ordinal);
        Assert.Contains("400", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Antiforgery", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private async Task<(string Email, string Password)> NewPersonAsync()
    {
        var person = await fixture.Host.CreateMemberAsync(WebHostFixture.OrgA, OrganisationRole.Helper);
        return (person.Email, person.Password);
    }

    private static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        if (token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(values);
    }

    [GeneratedRegex("<form method=\"post\" action=\"/language\">.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex LanguageToken();
}
