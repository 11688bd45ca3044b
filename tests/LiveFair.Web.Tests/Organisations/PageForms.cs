using System.Text.RegularExpressions;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

/// <summary>Posting the site's forms the way a browser does: read the page, take its antiforgery token, send the fields.</summary>
internal static partial class PageForms
{
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{path} has a form with an antiforgery token");
        return token.Groups[1].Value;
    }

    /// <summary>Posts <paramref name="fields"/> (repeat a name for checkbox groups) with a fresh token from <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenAsync(client, formPage);
        var body = fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
