namespace LiveFair.Web.Identity;

/// <summary>
/// Platform-wide roles, held as Identity roles. Everything else a person may do comes from their
/// organisation roles (<see cref="Contracts.Organisations.OrganisationRole"/>), held by organisation grains.
/// </summary>
public static class LiveFairRoles
{
    /// <summary>Verifies organisations; runs the platform.</summary>
    public const string PlatformAdmin = "PlatformAdmin";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin];
}
