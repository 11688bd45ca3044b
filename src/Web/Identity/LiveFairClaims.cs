using System.Security.Claims;

namespace LiveFair.Web.Identity;

public static class LiveFairClaims
{
    /// <summary>One claim per organisation the person works for.</summary>
    public const string Organisation = "livefair:org";

    /// <summary>The public name the person chose, shown in chat and in the header instead of their email.</summary>
    public const string DisplayName = "livefair:name";

    public static bool BelongsTo(this ClaimsPrincipal user, string organisationId) =>
        user.HasClaim(Organisation, organisationId);
}
