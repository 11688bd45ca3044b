using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;
using LiveFair.Web.Demo;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Lists of organisations for the directory, the admin page and the lobby, from the SQL read model in one
/// query each; demo organisations are hidden when demo content is off, as demo rooms are.
/// </summary>
public sealed class OrganisationListing(OrganisationDirectory directory, IOptions<DemoOptions> demo)
{
    public async Task<IReadOnlyList<OrganisationDirectoryEntry>> ListAsync(bool? verified = null, OrganisationKind? kind = null, CancellationToken cancellationToken = default)
    {
        var entries = await directory.ListAsync(verified, kind, cancellationToken);
        return demo.Value.Enabled ? entries : [.. entries.Where(entry => !DemoAccounts.IsDemoOrganisation(entry.OrganisationId))];
    }

    /// <summary>The ids of every verified organisation, for badges on lists of rooms.</summary>
    public async Task<IReadOnlySet<string>> VerifiedIdsAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(verified: true, cancellationToken: cancellationToken)).Select(entry => entry.OrganisationId).ToHashSet(StringComparer.Ordinal);
}
