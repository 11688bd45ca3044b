using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// A new invitation with its code and link. This answer is the only time either exists outside the
/// invitation's own link; pass the link to the invited person.
/// </summary>
public sealed record CreatedInvitationResponse(
    string InvitationId,
    string Email,
    IReadOnlyList<OrganisationRole> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Token,
    string Link)
{
    public static CreatedInvitationResponse From(OrganisationInvitation invitation, string token, string link)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return new(invitation.InvitationId, invitation.Email, invitation.Roles, invitation.CreatedAt, invitation.ExpiresAt, token, link);
    }
}
