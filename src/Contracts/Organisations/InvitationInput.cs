namespace LiveFair.Contracts.Organisations;

[GenerateSerializer]
[Alias("LiveFair.InvitationInput")]
public sealed record InvitationInput
{
    [Id(0)] public required string Email { get; init; }
    [Id(1)] public IReadOnlyList<OrganisationRole> Roles { get; init; } = [];
}
