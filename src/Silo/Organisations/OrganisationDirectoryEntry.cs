using LiveFair.Contracts.Organisations;

namespace LiveFair.Silo.Organisations;

/// <summary>One row of the organisation directory: what lists of organisations show, never the source of truth.</summary>
public sealed record OrganisationDirectoryEntry
{
    public required string OrganisationId { get; init; }
    public required long Version { get; init; }
    public required OrganisationKind Kind { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public bool Verified { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
