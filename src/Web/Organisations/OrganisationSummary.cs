using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>One organisation in the public directory.</summary>
public sealed record OrganisationSummary(string OrganisationId, string Name, OrganisationKind Kind, string City, bool Verified)
{
    public static OrganisationSummary From(OrganisationDirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.OrganisationId, entry.Name, entry.Kind, entry.City, entry.Verified);
    }
}
