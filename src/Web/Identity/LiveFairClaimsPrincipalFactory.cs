using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Identity;

/// <summary>Adds the display name to the sign-in cookie, so pages and hubs need no database read to show it.</summary>
internal sealed class LiveFairClaimsPrincipalFactory(
    UserManager<LiveFairUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LiveFairUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LiveFairUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(LiveFairClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
