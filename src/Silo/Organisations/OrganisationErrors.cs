using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Organisations;

/// <summary>Every way an organisation command can be refused; codes are stable and translated by the pages.</summary>
internal static class OrganisationErrors
{
    public static DomainException NotFound(string organisationId) =>
        new(ErrorKind.NotFound, "organisation.not_found", $"There is no organisation '{organisationId}'.");

    public static DomainException Exists(string organisationId) =>
        new(ErrorKind.Conflict, "organisation.exists", $"The organisation '{organisationId}' already exists.");

    public static DomainException InvalidId() =>
        new(ErrorKind.Invalid, "organisation.invalid_id", "An organisation id is 3 to 64 lowercase letters, digits and dashes.");

    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "organisation.forbidden", "Only this organisation's members, or its admins where stated, may do this.");

    public static DomainException KindFixed() =>
        new(ErrorKind.Invalid, "organisation.kind_fixed", "An organisation's kind cannot change once it is created.");

    public static DomainException PersonNotFound() =>
        new(ErrorKind.NotFound, "organisation.person_not_found", "The person does not exist (or was erased).");

    public static DomainException MemberNotFound() =>
        new(ErrorKind.NotFound, "organisation.member_not_found", "The person is not a member of this organisation.");

    public static DomainException LastAdmin() =>
        new(ErrorKind.Conflict, "organisation.last_admin", "The last admin cannot lose the admin role, leave or be removed; make someone else admin first.");

    public static DomainException Full() =>
        new(ErrorKind.Conflict, "organisation.full", "The organisation has reached its member limit.");

    public static DomainException TooManyInvitations() =>
        new(ErrorKind.Conflict, "organisation.too_many_invitations", "Too many invitations are open; revoke some or wait until they are used.");

    public static DomainException InvitationNotFound() =>
        new(ErrorKind.NotFound, "organisation.invitation_not_found", "There is no such invitation (it may have been used or revoked).");

    public static DomainException InvitationExpired() =>
        new(ErrorKind.Conflict, "organisation.invitation_expired", "The invitation has expired; ask for a new one.");

    public static DomainException InvitationOtherPerson() =>
        new(ErrorKind.Forbidden, "organisation.invitation_other_person", "The invitation was sent to another email address.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
