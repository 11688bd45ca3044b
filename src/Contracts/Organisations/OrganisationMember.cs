namespace LiveFair.Contracts.Organisations;

[GenerateSerializer]
[Alias("LiveFair.OrganisationMember")]
public sealed record OrganisationMember
{
    [Id(0)] public required MemberIdentity Person { get; init; }
    [Id(1)] public IReadOnlyList<OrganisationRole> Roles { get; init; } = [];
    [Id(2)] public required DateTimeOffset JoinedAt { get; init; }
}
