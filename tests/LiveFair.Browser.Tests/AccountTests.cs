using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>Registration, sign-in and password reset by keyboard alone, and axe-core on every account page.</summary>
public sealed partial class AccountTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task Registering_signing_out_and_signing_in_again_work_by_keyboard()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var email = AccountSetup.NewEmail();
        await page.GotoAsync("/");

        await page.TabToAsync("header a[href^='/account/register']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(RegisterUrl());

        await page.TabToAsync("#email");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#displayName")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("键盘用户 <b>");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(AccountSetup.Password);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#confirmPassword")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(AccountSetup.Password);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("form.form button[type=submit]")).ToBeFocusedAsync();
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        // Back where the visitor started, signed in under their public name.
        await Assertions.Expect(page).ToHaveURLAsync(LobbyUrl());
        await Assertions.Expect(page.Locator("#signed-in-as")).ToHaveTextAsync("已登录：键盘用户 <b>");

        await page.TabToAsync("form[action='/account/logout'] button");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("header a[href^='/account/register']")).ToBeVisibleAsync();

        await page.SignInByKeyboardAsync("/", email, AccountSetup.Password);
        await Assertions.Expect(page.Locator("#signed-in-as")).ToHaveTextAsync("已登录：键盘用户 <b>");
    }

    [Fact]
    public async Task A_refused_form_moves_focus_to_the_error_summary_whose_links_lead_to_the_fields()
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/account/register?culture=en");
        await page.TabToAsync("#email");
        await page.Keyboard.TypeAsync("not an email");
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter an email address like name@example.com.");
        await Assertions.Expect(page.Locator("#email")).ToHaveAttributeAsync("aria-describedby", "email-hint email-error");
        await Assertions.Expect(page.Locator("#email")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#error-summary a[href='#email']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#email")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#email")).ToHaveValueAsync("not an email");
    }

    [Fact]
    public async Task Forgetting_and_resetting_a_password_work_by_keyboard()
    {
        var email = AccountSetup.NewEmail();
        var userId = await AccountSetup.RegisterAsync(fixture.Host, email);
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/account/login");
        await page.TabToAsync("a[href='/account/forgot-password']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(ForgotUrl());
        await page.TabToAsync("#email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#forgot-sent")).ToContainTextAsync("如果这个邮箱注册过账户");

        const string newPassword = "keyboard garden 2027";
        await page.GotoAsync(await AccountSetup.ResetLinkAsync(fixture.Logs, userId));
        await page.TabToAsync("#password");
        await page.Keyboard.TypeAsync(newPassword);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#confirmPassword")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(newPassword);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(ResetDoneUrl());
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("密码已经改好了，请用新密码登录。");
        await page.SignInByKeyboardAsync("/", email, newPassword);
        await Assertions.Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "register", "register-refused", "login", "login-refused", "forgot", "forgot-sent", "reset", "reset-invalid" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Account_page_has_no_axe_violations(string which, string culture)
    {
        var (context, page) = await fixture.NewPageAsync();
        await using var _ = context;
        var query = culture == "en" ? "culture=en" : "culture=zh-CN";
        var path = which switch
        {
            "register" or "register-refused" => "/account/register",
            "login" or "login-refused" => "/account/login",
            "forgot" or "forgot-sent" => "/account/forgot-password",
            "reset" => await NewResetLinkAsync(),
            "reset-invalid" => "/account/reset-password?user=nobody&code=nothing",
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
        };
        await page.GotoAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

        if (which.EndsWith("-refused", StringComparison.Ordinal) || which == "forgot-sent")
        {
            if (which == "forgot-sent")
            {
                await page.Locator("#email").FillAsync(AccountSetup.NewEmail());
            }

            await page.Locator("form.form button[type=submit]").PressAsync("Enter");
            await Assertions.Expect(page.Locator(which == "forgot-sent" ? "#forgot-sent" : "#error-summary")).ToBeVisibleAsync();
        }

        if (which == "reset")
        {
            await Assertions.Expect(page.Locator("#password")).ToBeVisibleAsync();
        }

        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} ({culture})", results.Violations));
    }

    private async Task<string> NewResetLinkAsync()
    {
        var email = AccountSetup.NewEmail();
        var userId = await AccountSetup.RegisterAsync(fixture.Host, email);
        return await AccountSetup.RequestResetLinkAsync(fixture.Host, fixture.Logs, email, userId);
    }

    [GeneratedRegex(@"^https?://[^/]+/account/register(\?|$)")]
    private static partial Regex RegisterUrl();

    [GeneratedRegex(@"^https?://[^/]+/$")]
    private static partial Regex LobbyUrl();

    [GeneratedRegex(@"^https?://[^/]+/account/forgot-password$")]
    private static partial Regex ForgotUrl();

    [GeneratedRegex(@"^https?://[^/]+/account/login\?reset=true$")]
    private static partial Regex ResetDoneUrl();
}
