using LiveFair.Contracts.Organisations;

namespace LiveFair.Silo.Organisations;

/// <summary>An open invitation as the organisation keeps it: the token's hash, never the token.</summary>
public sealed record StoredInvitation
{
    public required string InvitationId { get; init; }

    /// <summary>Lower-case, as normalised by <see cref="OrganisationRules.Email"/>.</summary>
    public required string Email { get; init; }

    public IReadOnlyList<OrganisationRole> Roles { get; init; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public required string TokenHash { get; init; }

    public OrganisationInvitation ToContract(string organisationId, string? token = null) => new()
    {
        InvitationId = InvitationId,
        OrganisationId = organisationId,
        Email = Email,
        Roles = [.. Roles],
        CreatedAt = CreatedAt,
        ExpiresAt = ExpiresAt,
        Token = token,
    };
}
