using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Joining with an invitation link, for the join page and the join API alike: the code is read and checked
/// against this organisation, the clock and the account first, so a refusal says exactly what is wrong;
/// then the organisation grain checks the token itself and adds the member.
/// </summary>
public sealed class InvitationAcceptance(InvitationCodes codes, IGrainFactory grains, TimeProvider time, OrganisationAudit audit)
{
    public const string InvalidCode = "organisation.invitation_invalid";
    public const string ExpiredCode = "organisation.invitation_expired";
    public const string WrongAccountCode = "organisation.invitation_other_person";

    /// <summary>The invitation behind <paramref name="code"/>, or the reason it cannot be used by <paramref name="person"/>.</summary>
    public (OrganisationInvitation? Invitation, DomainException? Refusal) Check(string organisationId, string? code, MemberIdentity person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var invitation = codes.Read(code);
        if (invitation is null || invitation.OrganisationId != organisationId)
        {
            audit.InvitationCodeRefused(organisationId, "unreadable or for another organisation");
            return (null, new DomainException(ErrorKind.Invalid, InvalidCode, "The invitation link is not valid. Ask the organisation's admin for a new one."));
        }

        if (time.GetUtcNow() >= invitation.ExpiresAt)
        {
            return (invitation, new DomainException(ErrorKind.Conflict, ExpiredCode, "The invitation has expired. Ask the organisation's admin for a new one."));
        }

        if (!string.Equals(invitation.Email, person.Email, StringComparison.OrdinalIgnoreCase))
        {
            return (invitation, new DomainException(ErrorKind.Forbidden, WrongAccountCode, "The invitation was sent to another email address than this account's. Sign in with the invited account."));
        }

        return (invitation, null);
    }

    /// <summary>Joins, or throws the <see cref="DomainException"/> that says why not; nothing changes then.</summary>
    public async Task<OrganisationMember> JoinAsync(string organisationId, string? code, MemberIdentity person)
    {
        var (invitation, refusal) = Check(organisationId, code, person);
        if (refusal is not null)
        {
            throw refusal;
        }

        var member = await grains.GetGrain<IOrganisationGrain>(organisationId).AcceptInvitation(invitation!.Token!, person);
        audit.Joined(organisationId, person.PersonId);
        return member;
    }
}
