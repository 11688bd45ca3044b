using System.Security.Claims;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Who the signed-in person is to an organisation: their person id, and the display name and email of
/// their account, read from the account store rather than from anything the request sends.
/// </summary>
public sealed class AccountIdentities(UserManager<LiveFairUser> users)
{
    /// <summary>Null when the request is not signed in or the account no longer exists.</summary>
    public async Task<MemberIdentity?> CurrentAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.PersonId() is null || await users.GetUserAsync(principal) is not { Email: { Length: > 0 } email } user)
        {
            return null;
        }

        var displayName = string.IsNullOrWhiteSpace(user.DisplayName) ? principal.DisplayNameOf() : user.DisplayName;
        return new MemberIdentity
        {
            PersonId = user.Id,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName,
            Email = email,
        };
    }
}
