using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Accounts;

/// <summary>Filling in the account pages as a browser would: fetch the form (and its token), post it back.</summary>
internal static partial class AccountForms
{
    public const string GoodPassword = "sunflower 2026";

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@test.local";

    public static string AntiforgeryToken(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "the form carries an antiforgery token");
        return match.Groups["token"].Value;
    }

    /// <summary>GETs <paramref name="path"/>, then posts <paramref name="fields"/> with the page's antiforgery token to the same address.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IDictionary<string, string> fields)
    {
        var token = AntiforgeryToken(await client.GetStringAsync(path));
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public static Dictionary<string, string> Registration(string email, string displayName = "小明", string password = GoodPassword, string? confirmation = null) => new()
    {
        ["email"] = email,
        ["displayName"] = displayName,
        ["password"] = password,
        ["confirmPassword"] = confirmation ?? password,
    };

    /// <summary>Registers over the API and returns the new account's id.</summary>
    public static async Task<string> RegisterAsync(LiveFairTestHost host, string email, string password = GoodPassword, string displayName = "小明")
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/account/register", LiveFairTestHost.JsonContent(new { email, displayName, password, confirmPassword = password }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"registration failed: {(int)response.StatusCode} {body}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;
    }

    public static async Task<HttpStatusCode> ApiSignInAsync(LiveFairTestHost host, string email, string password, Action<string?>? problemType = null)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/api/account/login", LiveFairTestHost.JsonContent(new { email, password }));
        if (problemType is not null)
        {
            problemType(response.StatusCode == HttpStatusCode.NoContent ? null : (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }

        return response.StatusCode;
    }

    /// <summary>The codes a problem-details answer lists under errors.{field}.</summary>
    public static string[] ErrorCodes(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var codes) ? [.. codes.EnumerateArray().Select(c => c.GetString()!)] : [];

    /// <summary>The text of the element with <paramref name="id"/>, tags stripped and whitespace collapsed.</summary>
    public static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(?<tag>\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(?<inner>.*?)</\\k<tag>>", RegexOptions.Singleline);
        Assert.True(match.Success, $"the page has an element #{id}");
        return WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(match.Groups["inner"].Value, " "), " ").Trim());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
