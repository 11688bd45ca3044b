namespace LiveFair.Contracts.Organisations;

[GenerateSerializer]
[Alias("LiveFair.OrganisationInvitation")]
public sealed record OrganisationInvitation
{
    [Id(0)] public required string InvitationId { get; init; }
    [Id(1)] public required string OrganisationId { get; init; }
    [Id(2)] public required string Email { get; init; }
    [Id(3)] public IReadOnlyList<OrganisationRole> Roles { get; init; } = [];
    [Id(4)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(5)] public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set only in the answer to <c>Invite</c>; the grain keeps a hash.</summary>
    [Id(6)] public string? Token { get; init; }
}
