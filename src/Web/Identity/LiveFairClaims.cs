using System.Security.Claims;

namespace LiveFair.Web.Identity;

public static class LiveFairClaims
{
    /// <summary>One claim per organisation the person works for.</summary>
    public const string Organisation = "livefair:org";

    public static bool BelongsTo(this ClaimsPrincipal user, string organisationId) =>
        user.HasClaim(Organisation, organisationId);
}
