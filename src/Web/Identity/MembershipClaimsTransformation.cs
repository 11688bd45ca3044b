using System.Security.Claims;
using LiveFair.Contracts.People;
using Microsoft.AspNetCore.Authentication;

namespace LiveFair.Web.Identity;

/// <summary>
/// Adds the person's organisation roles to the signed-in principal on every request, read from the person
/// grain (the source of truth), so the cookie never carries stale roles. A person who no longer exists
/// (their account was deleted) is treated as signed out.
/// </summary>
internal sealed class MembershipClaimsTransformation(IGrainFactory grains) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var personId = principal.PersonId();
        if (personId is null || principal.HasClaim(claim => claim.Type == LiveFairClaims.OrganisationRole || claim.Type == MembershipLoaded))
        {
            return principal;
        }

        var access = await grains.GetGrain<IPersonGrain>(personId).GetAccess();
        if (!access.Exists)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var claims = access.Memberships
            .SelectMany(membership => membership.Roles.Select(role =>
                new Claim(LiveFairClaims.OrganisationRole, LiveFairClaims.RoleClaimValue(membership.OrganisationId, role))))
            .Append(new Claim(MembershipLoaded, "1"));
        var transformed = principal.Clone();
        transformed.AddIdentity(new ClaimsIdentity(claims));
        return transformed;
    }

    // Authentication can run more than once per request; the marker stops a second grain call.
    private const string MembershipLoaded = "livefair:memberships-loaded";
}
