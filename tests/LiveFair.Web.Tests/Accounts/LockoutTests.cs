using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

/// <summary>Five failed sign-ins lock an account for 15 minutes, and unknown emails are answered the same way.</summary>
public sealed class LockoutTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string Failed = "邮箱或密码不正确。";
    private const string Locked = "登录失败次数过多，账户已暂时锁定，请 15 分钟后再试。";

    private LiveFairTestHost Host => fixture.Host;

    [Fact]
    public async Task The_sign_in_page_locks_a_known_account_on_the_fifth_failure()
    {
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, email);

        Assert.Equal([Failed, Failed, Failed, Failed, Locked, Locked], await PageAttemptsAsync(email, "wrong password 1", 6));

        // Locked means locked: the right password does not get in either, for 15 minutes.
        Assert.Equal([Locked], await PageAttemptsAsync(email, AccountForms.GoodPassword, 1));
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        var lockoutEnd = await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(email))!);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task The_sign_in_page_answers_an_unknown_email_exactly_as_a_known_one()
    {
        var unknown = AccountForms.NewEmail();
        Assert.Equal([Failed, Failed, Failed, Failed, Locked, Locked], await PageAttemptsAsync(unknown, "any password 1", 6));

        // The page itself is the same too, apart from the echoed email.
        var known = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, known);
        using var knownClient = Host.CreateClient();
        using var unknownClient = Host.CreateClient();
        using var knownPage = await AccountForms.PostFormAsync(knownClient, "/account/login", Fields(known, "wrong password 1"));
        using var unknownPage = await AccountForms.PostFormAsync(unknownClient, "/account/login", Fields(AccountForms.NewEmail(), "wrong password 1"));
        Assert.Equal(
            AccountForms.TextOf(await knownPage.Content.ReadAsStringAsync(), "error-summary"),
            AccountForms.TextOf(await unknownPage.Content.ReadAsStringAsync(), "error-summary"));
    }

    [Fact]
    public async Task The_api_locks_a_known_account_and_an_unknown_email_alike()
    {
        var known = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, known);
        var unknown = AccountForms.NewEmail();

        foreach (var email in new[] { known, unknown })
        {
            var types = new List<string?>();
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, await AccountForms.ApiSignInAsync(Host, email, "wrong password 1", types.Add));
            }

            Assert.Equal(
                ["account.invalid_credentials", "account.invalid_credentials", "account.invalid_credentials", "account.invalid_credentials", "account.locked", "account.locked"],
                types);
        }

        var afterwards = new List<string?>();
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountForms.ApiSignInAsync(Host, known, AccountForms.GoodPassword, afterwards.Add));
        Assert.Equal(["account.locked"], afterwards);
    }

    [Fact]
    public async Task A_success_before_the_fifth_failure_starts_the_count_again()
    {
        var email = AccountForms.NewEmail();
        await AccountForms.RegisterAsync(Host, email);
        Assert.Equal([Failed, Failed, Failed, Failed], await PageAttemptsAsync(email, "wrong password 1", 4));
        Assert.Equal(HttpStatusCode.NoContent, await AccountForms.ApiSignInAsync(Host, email, AccountForms.GoodPassword));
        Assert.Equal([Failed, Failed, Failed, Failed], await PageAttemptsAsync(email, "wrong password 1", 4));
    }

    private async Task<List<string>> PageAttemptsAsync(string email, string password, int count)
    {
        var answers = new List<string>();
        using var client = Host.CreateClient();
        for (var i = 0; i < count; i++)
        {
            using var response = await AccountForms.PostFormAsync(client, "/account/login", Fields(email, password));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(AccountForms.TextOf(await response.Content.ReadAsStringAsync(), "email-error"));
        }

        return answers;
    }

    private static Dictionary<string, string> Fields(string email, string password) => new() { ["email"] = email, ["password"] = password };
}
