using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// A new invitation with its code and link. This answer and the invitation mail are the only places either
/// exists; <see cref="MailQueued"/> is false when the mail could not be queued and the link must be passed on by hand.
/// </summary>
public sealed record CreatedInvitationResponse(
    string InvitationId,
    string Email,
    IReadOnlyList<OrganisationRole> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Token,
    string Link,
    bool MailQueued)
{
    public static CreatedInvitationResponse From(OrganisationInvitation invitation, string token, string link, bool mailQueued)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return new(invitation.InvitationId, invitation.Email, invitation.Roles, invitation.CreatedAt, invitation.ExpiresAt, token, link, mailQueued);
    }
}
