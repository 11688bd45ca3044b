using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiveFair.Testing;

namespace LiveFair.Browser.Tests;

/// <summary>Accounts and reset links made outside the browser, for tests about what comes after.</summary>
internal static partial class AccountSetup
{
    public const string Password = "sunflower 2026";

    public static string NewEmail() => $"browser-{Guid.NewGuid():N}@test.local";

    /// <summary>Registers over the API and returns the new account's id.</summary>
    public static async Task<string> RegisterAsync(LiveFairTestHost host, string email, string displayName = "键盘用户")
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName, password = Password, confirmPassword = Password }));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Registration failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;
    }

    /// <summary>The reset link the log mail sender wrote for <paramref name="userId"/>, as a path and query.</summary>
    public static async Task<string> ResetLinkAsync(LogCapture logs, string userId)
    {
        var entry = await logs.WaitForAsync(e => e.EventId.Id == 4100 && e.Message.Contains($"user {userId} ", StringComparison.Ordinal));
        return Link().Match(entry.Message).Value;
    }

    /// <summary>Asks for a reset link over HTTP (the form, with its antiforgery token) and returns it.</summary>
    public static async Task<string> RequestResetLinkAsync(LiveFairTestHost host, LogCapture logs, string email, string userId)
    {
        var cookies = new CookieContainer();
        using var client = host.CreateClient(cookies);
        var token = Token().Match(await client.GetStringAsync("/account/forgot-password")).Groups[1].Value;
        using var response = await client.PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["__RequestVerificationToken"] = token,
        }));
        response.EnsureSuccessStatusCode();
        return await ResetLinkAsync(logs, userId);
    }

    [GeneratedRegex(@"(?<=link: )/account/reset-password\?\S+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
