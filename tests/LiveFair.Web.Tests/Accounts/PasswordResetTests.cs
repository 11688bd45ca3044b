using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

public sealed class PasswordResetTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string NewPassword = "new sunflower 2027";

    private LiveFairTestHost Host => fixture.Host;

    [Fact]
    public async Task A_link_from_the_log_resets_the_password_ends_the_lockout_and_retires_the_old_password()
    {
        var email = AccountForms.NewEmail();
        var userId = await AccountForms.RegisterAsync(Host, email);
        for (var i = 0; i < 5; i++)
        {
            await AccountForms.ApiSignInAsync(Host, email, "wrong password 1");
        }

        using var client = Host.CreateClient();
        using var asked = await AccountForms.PostFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        Assert.Contains("如果这个邮箱注册过账户", AccountForms.TextOf(await asked.Content.ReadAsStringAsync(), "forgot-sent"), StringComparison.Ordinal);

        var entry = await ResetLinks.WaitForLinkEntryAsync(fixture.Logs, userId);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, entry.Level);
        // No public address is configured, so the link is a path: nothing from the request's Host header.
        var link = ResetLinks.LinkIn(entry);
        Assert.StartsWith($"/account/reset-password?user={userId}&code=", link, StringComparison.Ordinal);
        Assert.DoesNotContain(email.Split('@')[0], link, StringComparison.OrdinalIgnoreCase);

        var form = await client.GetStringAsync(link);
        Assert.Contains("autocomplete=\"new-password\"", form, StringComparison.Ordinal);

        using var mismatch = await AccountForms.PostFormAsync(client, link, new Dictionary<string, string> { ["password"] = NewPassword, ["confirmPassword"] = "something else 1" });
        Assert.Contains("两次输入的密码不一样", AccountForms.TextOf(await mismatch.Content.ReadAsStringAsync(), "confirmPassword-error"), StringComparison.Ordinal);

        using var weak = await AccountForms.PostFormAsync(client, link, new Dictionary<string, string> { ["password"] = "short1", ["confirmPassword"] = "short1" });
        Assert.Contains("至少要有 10 个字符", AccountForms.TextOf(await weak.Content.ReadAsStringAsync(), "password-error"), StringComparison.Ordinal);

        using var reset = await AccountForms.PostFormAsync(client, link, new Dictionary<string, string> { ["password"] = NewPassword, ["confirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/login?reset=true", reset.Headers.Location!.OriginalString);
        Assert.Contains("密码已经改好了", await client.GetStringAsync("/account/login?reset=true"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountForms.ApiSignInAsync(Host, email, AccountForms.GoodPassword));
        Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(Host, email, NewPassword));

        // Used once, the link is spent.
        var again = await client.GetStringAsync(link);
        Assert.Contains("这个链接无效或者已经过期了", AccountForms.TextOf(again, "error-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"password\"", again, StringComparison.Ordinal);

        // Ids only in the log: never the email, never the display name.
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Message.Contains(email, StringComparison.OrdinalIgnoreCase) || e.Message.Contains("小明", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_host_header_never_reaches_the_link()
    {
        var email = AccountForms.NewEmail();
        var userId = await AccountForms.RegisterAsync(Host, email);
        using var client = Host.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";
        using var asked = await AccountForms.PostFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        asked.EnsureSuccessStatusCode();

        var entry = await ResetLinks.WaitForLinkEntryAsync(fixture.Logs, userId);
        Assert.DoesNotContain("evil.example", entry.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/account/reset-password?", ResetLinks.LinkIn(entry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_an_unknown_email_gets_the_same_answer_and_sends_nothing()
    {
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, email);
        using var client = Host.CreateClient();
        using var known = await AccountForms.PostFormAsync(client, "/account/forgot-password?culture=en", new Dictionary<string, string> { ["email"] = email });
        using var unknown = await AccountForms.PostFormAsync(client, "/account/forgot-password?culture=en", new Dictionary<string, string> { ["email"] = AccountForms.NewEmail() });

        var knownHtml = await known.Content.ReadAsStringAsync();
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(AccountForms.TextOf(knownHtml, "main"), AccountForms.TextOf(unknownHtml, "main"));
        Assert.StartsWith("If an account exists for this email", AccountForms.TextOf(unknownHtml, "forgot-sent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_malformed_email_is_asked_for_again()
    {
        using var client = Host.CreateClient();
        using var empty = await AccountForms.PostFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["email"] = " " });
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("请填写电子邮箱", AccountForms.TextOf(html, "email-error"), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"forgot-intro email-error\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/reset-password")]
    [InlineData("/account/reset-password?user=nobody&code=abc")]
    public async Task A_link_without_a_working_code_says_so_and_offers_a_new_one(string path)
    {
        using var client = Host.CreateClient();
        var html = await client.GetStringAsync(path);
        Assert.Contains("这个链接无效或者已经过期了", AccountForms.TextOf(html, "error-summary"), StringComparison.Ordinal);
        Assert.Contains("href=\"/account/forgot-password\" id=\"new-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_code_for_a_real_account_changes_nothing()
    {
        var email = AccountForms.NewEmail();
        var userId = await AccountForms.RegisterAsync(Host, email);
        var path = await ResetLinks.RequestAsync(Host, fixture.Logs, email, userId);
        var forged = path[..^6] + (path.EndsWith("AAAAAA", StringComparison.Ordinal) ? "BBBBBB" : "AAAAAA");

        using var client = Host.CreateClient();
        var refusedOnArrival = await client.GetStringAsync(forged);
        Assert.Contains("这个链接无效或者已经过期了", AccountForms.TextOf(refusedOnArrival, "error-summary"), StringComparison.Ordinal);

        // Posted anyway (with the token of the real form), it is refused the same way.
        var token = AccountForms.AntiforgeryToken(await client.GetStringAsync(path));
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + forged).Query);
        using var posted = await client.PostAsync(forged, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = query["user"]!, ["code"] = query["code"]!, ["password"] = NewPassword, ["confirmPassword"] = NewPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("这个链接无效或者已经过期了", AccountForms.TextOf(await posted.Content.ReadAsStringAsync(), "error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(Host, email, AccountForms.GoodPassword));
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_a_clear_message()
    {
        var logs = new LogCapture();
        await using var host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?> { ["Accounts:ResetLinkLifetime"] = "00:00:01" }, logs: logs);
        var email = AccountForms.NewEmail();
        var userId = await AccountForms.RegisterAsync(host, email);
        var path = await ResetLinks.RequestAsync(host, logs, email, userId);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var client = host.CreateClient();
        var html = await client.GetStringAsync(path + "&culture=en");
        Assert.Contains("This link is not valid or has expired. Ask for a new link.", AccountForms.TextOf(html, "error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(host, email, AccountForms.GoodPassword));
    }
}
