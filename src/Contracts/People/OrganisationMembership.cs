using LiveFair.Contracts.Organisations;

namespace LiveFair.Contracts.People;

[GenerateSerializer]
[Alias("LiveFair.OrganisationMembership")]
public sealed record OrganisationMembership
{
    [Id(0)] public required string OrganisationId { get; init; }
    [Id(1)] public required string OrganisationName { get; init; }
    [Id(2)] public required OrganisationKind OrganisationKind { get; init; }
    [Id(3)] public IReadOnlyList<OrganisationRole> Roles { get; init; } = [];
}
