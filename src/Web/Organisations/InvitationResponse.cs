using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>An open invitation as admins list it; its link is shown only once, when it is created.</summary>
public sealed record InvitationResponse(string InvitationId, string Email, IReadOnlyList<OrganisationRole> Roles, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public static InvitationResponse From(OrganisationInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return new(invitation.InvitationId, invitation.Email, invitation.Roles, invitation.CreatedAt, invitation.ExpiresAt);
    }
}
