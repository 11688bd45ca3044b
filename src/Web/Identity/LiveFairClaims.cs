using System.Globalization;
using System.Security.Claims;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Identity;

public static class LiveFairClaims
{
    /// <summary>The public display name (chat, header); set at sign-in from the account.</summary>
    public const string DisplayName = "livefair:name";

    /// <summary>
    /// One claim per organisation role, "{organisationId}:{role}", added on every request from the person
    /// grain so a role given or taken away applies at once (see <see cref="MembershipClaimsTransformation"/>).
    /// </summary>
    public const string OrganisationRole = "livefair:org-role";

    public static string? PersonId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static string RoleClaimValue(string organisationId, OrganisationRole role) =>
        string.Create(CultureInfo.InvariantCulture, $"{organisationId}:{role}");

    public static bool HasOrganisationRole(this ClaimsPrincipal user, string organisationId, params OrganisationRole[] roles) =>
        roles.Any(role => user.HasClaim(OrganisationRole, RoleClaimValue(organisationId, role)));

    /// <summary>Streamers and helpers run rooms; the claim says so for pages, the organisation grain decides for actions.</summary>
    public static bool IsRoomStaffOf(this ClaimsPrincipal user, string organisationId) =>
        user.HasOrganisationRole(organisationId, Contracts.Organisations.OrganisationRole.Streamer, Contracts.Organisations.OrganisationRole.Helper);

    /// <summary>Organisations in which the person holds any of <paramref name="roles"/>.</summary>
    public static IReadOnlyList<string> OrganisationsWith(this ClaimsPrincipal user, params OrganisationRole[] roles) =>
        [.. user.FindAll(OrganisationRole)
            .Select(claim => claim.Value.Split(':', 2))
            .Where(parts => parts.Length == 2 && Enum.TryParse<OrganisationRole>(parts[1], out var role) && roles.Contains(role))
            .Select(parts => parts[0])
            .Distinct(StringComparer.Ordinal)];
}
