using System.Text.RegularExpressions;
using LiveFair.Testing;

namespace LiveFair.Web.Tests.Accounts;

/// <summary>Reads reset links the way an operator would in embedded mode: from the log.</summary>
internal static partial class ResetLinks
{
    /// <summary>The log mail sender's entry (event 4100) for <paramref name="userId"/>.</summary>
    public static Task<CapturedLog> WaitForLinkEntryAsync(LogCapture logs, string userId) =>
        logs.WaitForAsync(entry => entry.EventId.Id == 4100 && entry.Message.Contains($"user {userId} ", StringComparison.Ordinal));

    /// <summary>The link in the entry: a path and query, since the test hosts configure no public address.</summary>
    public static string LinkIn(CapturedLog entry)
    {
        var match = Link().Match(entry.Message);
        return match.Success ? match.Value : throw new InvalidOperationException("No reset link in: " + entry.Message);
    }

    /// <summary>Asks for a link on the forgot-password page and returns it as a path and query on the host.</summary>
    public static async Task<string> RequestAsync(LiveFairTestHost host, LogCapture logs, string email, string userId)
    {
        using var client = host.CreateClient();
        using var response = await AccountForms.PostFormAsync(client, "/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        response.EnsureSuccessStatusCode();
        return LinkIn(await WaitForLinkEntryAsync(logs, userId));
    }

    [GeneratedRegex(@"(?<=link: )/account/reset-password\?\S+")]
    private static partial Regex Link();
}
