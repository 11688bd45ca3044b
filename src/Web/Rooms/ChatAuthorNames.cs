using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LiveFair.Contracts.Chat;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Rooms;

/// <summary>
/// The name shown with someone's chat messages. Never the sign-in name: that is the person's email address,
/// which other viewers must not see.
/// </summary>
internal static class ChatAuthorNames
{
    public static async Task<string> ForAsync(ClaimsPrincipal user, UserManager<LiveFairUser> accounts)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(accounts);
        var personId = user.PersonId() ?? throw new InvalidOperationException("Chat authors are signed in.");
        var name = user.FindFirstValue(LiveFairClaims.DisplayName);
        if (string.IsNullOrWhiteSpace(name))
        {
            // Sessions from before the name claim existed: the account still knows the name.
            name = (await accounts.FindByIdAsync(personId))?.DisplayName;
        }

        return Fit(name, personId);
    }

    /// <summary>Fits a name to the chat's rules instead of refusing the message: the person cannot fix it from the chat box.</summary>
    internal static string Fit(string? name, string personId)
    {
        var cleaned = new string((name ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            // Stable per person, so a conversation stays readable, and says nothing about who they are.
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(personId));
            return "#" + Convert.ToHexStringLower(hash)[..6];
        }

        var elements = StringInfo.GetTextElementEnumerator(cleaned);
        var fitted = new StringBuilder();
        while (elements.MoveNext() && fitted.Length + elements.GetTextElement().Length <= ChatLimits.DisplayName)
        {
            fitted.Append(elements.GetTextElement());
        }

        return fitted.ToString().TrimEnd();
    }
}
