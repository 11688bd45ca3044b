using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.People;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

public sealed class RegistrationTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private LiveFairTestHost Host => fixture.Host;

    [Fact]
    public async Task Registering_on_the_page_creates_the_person_signs_in_and_returns_to_the_local_page()
    {
        var email = AccountForms.NewEmail();
        using var client = Host.CreateClient();
        using var response = await AccountForms.PostFormAsync(client, "/account/register?returnUrl=%2Frooms%2Fsome-room", AccountForms.Registration(email, displayName: "招聘会观众"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/rooms/some-room", response.Headers.Location!.OriginalString);

        var user = await FindAsync(email);
        Assert.NotNull(user);
        var person = await Host.Grains.GetGrain<IPersonGrain>(user.Id).GetView();
        Assert.Equal(user.Id, person.PersonId);

        // Signed in, and the header shows the public name from the livefair:name claim, not the email.
        var lobby = await client.GetStringAsync("/");
        Assert.Contains("已登录：招聘会观众", AccountForms.TextOf(lobby, "signed-in-as"), StringComparison.Ordinal);
        Assert.DoesNotContain(email, lobby, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Registration_never_redirects_off_the_site(string returnUrl)
    {
        using var client = Host.CreateClient();
        using var response = await AccountForms.PostFormAsync(client, "/account/register?returnUrl=" + Uri.EscapeDataString(returnUrl), AccountForms.Registration(AccountForms.NewEmail()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_api_registers_signs_in_and_puts_the_display_name_in_a_claim()
    {
        var cookies = new CookieContainer();
        using var client = Host.CreateClient(cookies);
        using var response = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new
        {
            email = AccountForms.NewEmail(), displayName = "  Li Lei  ", password = AccountForms.GoodPassword, confirmPassword = AccountForms.GoodPassword,
        }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Li Lei", body.GetProperty("displayName").GetString());

        var user = await Host.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>().FindByIdAsync(body.GetProperty("userId").GetString()!);
        var principal = await Host.Services.CreateScope().ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<LiveFairUser>>().CreateAsync(user!);
        Assert.Equal("Li Lei", principal.FindFirst(LiveFairClaims.DisplayName)?.Value);
        Assert.Contains("Li Lei", AccountForms.TextOf(await client.GetStringAsync("/"), "signed-in-as"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_email_is_refused_with_a_clear_message_in_either_language()
    {
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, email);

        using var client = Host.CreateClient();
        using var api = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new
        {
            email = email.ToUpperInvariant(), displayName = "Someone else", password = AccountForms.GoodPassword, confirmPassword = AccountForms.GoodPassword,
        }));
        await ProblemAssertions.AssertProblemAsync(api, HttpStatusCode.Conflict, AccountErrors.EmailTaken);

        using var chinese = await AccountForms.PostFormAsync(client, "/account/register", AccountForms.Registration(email));
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        var html = await chinese.Content.ReadAsStringAsync();
        Assert.Contains("这个邮箱已经注册过了", AccountForms.TextOf(html, "email-error"), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-hint email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("这个邮箱已经注册过了", AccountForms.TextOf(html, "error-summary"), StringComparison.Ordinal);

        using var english = await AccountForms.PostFormAsync(client, "/account/register?culture=en", AccountForms.Registration(email));
        Assert.Contains("This email already has an account", AccountForms.TextOf(await english.Content.ReadAsStringAsync(), "email-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_lists_every_unmet_rule()
    {
        var email = AccountForms.NewEmail();
        using var client = Host.CreateClient();
        using var api = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName = "A", password = "aaa", confirmPassword = "aaa" }));
        await ProblemAssertions.AssertProblemAsync(api, HttpStatusCode.BadRequest, "account.invalid_registration");
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            new[] { AccountErrors.PasswordRequiresDifferent, AccountErrors.PasswordRequiresDigit, AccountErrors.PasswordTooShort },
            AccountForms.ErrorCodes(problem, AccountFields.Password).Order(StringComparer.Ordinal));
        Assert.Null(await FindAsync(email));

        // Letters of any script count: a Chinese password with a digit meets every rule.
        using var chinesePassword = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName = "A", password = "我的密码是向日葵花开1", confirmPassword = "我的密码是向日葵花开1" }));
        Assert.Equal(HttpStatusCode.Created, chinesePassword.StatusCode);

        using var page = await AccountForms.PostFormAsync(client, "/account/register?culture=en", AccountForms.Registration(AccountForms.NewEmail(), password: "1234512345"));
        var html = await page.Content.ReadAsStringAsync();
        var message = AccountForms.TextOf(html, "password-error");
        Assert.Contains("Include at least one letter", message, StringComparison.Ordinal);
        Assert.DoesNotContain("at least 10 characters", message, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"password-hint password-error\"", html, StringComparison.Ordinal);
        Assert.Contains("At least 10 characters, with at least one letter", AccountForms.TextOf(html, "password-hint"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mismatched_confirmation_or_missing_fields_are_named_field_by_field()
    {
        using var client = Host.CreateClient();
        var email = AccountForms.NewEmail();
        using var mismatch = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName = "A", password = AccountForms.GoodPassword, confirmPassword = AccountForms.GoodPassword + "x" }));
        var problem = await mismatch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([AccountErrors.PasswordMismatch], AccountForms.ErrorCodes(problem, AccountFields.ConfirmPassword));
        Assert.Null(await FindAsync(email));

        using var empty = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { }));
        await ProblemAssertions.AssertProblemAsync(empty, HttpStatusCode.BadRequest, "account.invalid_registration");
        problem = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([AccountErrors.EmailRequired], AccountForms.ErrorCodes(problem, AccountFields.Email));
        Assert.Equal([AccountErrors.DisplayNameRequired], AccountForms.ErrorCodes(problem, AccountFields.DisplayName));
        Assert.Equal([AccountErrors.PasswordRequired], AccountForms.ErrorCodes(problem, AccountFields.Password));

        using var page = await AccountForms.PostFormAsync(client, "/account/register", new Dictionary<string, string> { ["email"] = "not-an-email", ["displayName"] = new string('名', 41) });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("电子邮箱的格式不对", AccountForms.TextOf(html, "email-error"), StringComparison.Ordinal);
        Assert.Contains("昵称最多 40 个字", AccountForms.TextOf(html, "displayName-error"), StringComparison.Ordinal);
        Assert.Contains("请填写密码", AccountForms.TextOf(html, "password-error"), StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/js/forms.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_a_display_name_stays_plain_text()
    {
        const string name = "<script>alert('x')</script><b>";
        using var client = Host.CreateClient();
        using var response = await AccountForms.PostFormAsync(client, "/account/register", AccountForms.Registration(AccountForms.NewEmail(), displayName: name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var lobby = await client.GetStringAsync("/");
        Assert.DoesNotContain("<script>alert", lobby, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", lobby, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", lobby, StringComparison.Ordinal);
        Assert.Contains(name, AccountForms.TextOf(lobby, "signed-in-as"), StringComparison.Ordinal);

        // Refused form values are echoed back encoded too.
        using var refused = await AccountForms.PostFormAsync(client, "/account/register", AccountForms.Registration("x", displayName: "\"><script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_form_refuses_a_missing_or_forged_antiforgery_token()
    {
        var email = AccountForms.NewEmail();
        using var client = Host.CreateClient();
        await client.GetStringAsync("/account/register");

        using var absent = await client.PostAsync("/account/register", new FormUrlEncodedContent(AccountForms.Registration(email)));
        Assert.Equal(HttpStatusCode.BadRequest, absent.StatusCode);

        var forgedFields = AccountForms.Registration(email);
        forgedFields["__RequestVerificationToken"] = "CfDJ8forged";
        using var forged = await client.PostAsync("/account/register", new FormUrlEncodedContent(forgedFields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // A real token from another visitor's session does not work either.
        using var other = Host.CreateClient();
        forgedFields["__RequestVerificationToken"] = AccountForms.AntiforgeryToken(await other.GetStringAsync("/account/register"));
        using var stolen = await client.PostAsync("/account/register", new FormUrlEncodedContent(forgedFields));
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);

        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task When_the_person_cannot_be_created_the_account_is_removed_again()
    {
        await using var host = await LiveFairTestHost.StartAsync();
        var email = AccountForms.NewEmail();

        // Real failure, no mock: grain storage loses its table, so the person grain cannot save.
        await ExecuteSqliteAsync(host, "ALTER TABLE grain_state RENAME TO grain_state_away");
        using var client = host.CreateClient();
        using var refused = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName = "A", password = AccountForms.GoodPassword, confirmPassword = AccountForms.GoodPassword }));
        await ProblemAssertions.AssertProblemAsync(refused, (HttpStatusCode)503, AccountErrors.Unavailable);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>().FindByEmailAsync(email));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountForms.ApiSignInAsync(host, email, AccountForms.GoodPassword));

        // Once storage is back the same email registers normally: nothing half-made was left behind.
        await ExecuteSqliteAsync(host, "ALTER TABLE grain_state_away RENAME TO grain_state");
        await AccountForms.RegisterAsync(host, email);
        Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(host, email, AccountForms.GoodPassword));
    }

    private async Task<LiveFairUser?> FindAsync(string email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>().FindByEmailAsync(email);
    }

    private static async Task ExecuteSqliteAsync(LiveFairTestHost host, string sql)
    {
        var database = host.Services.GetRequiredService<LiveFair.Silo.Storage.LiveFairDatabase>();
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
