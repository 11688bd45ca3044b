using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>A member as another member sees them. Emails are shown to admins only, who need them to invite and manage.</summary>
public sealed record MemberResponse(string PersonId, string DisplayName, string? Email, IReadOnlyList<OrganisationRole> Roles, DateTimeOffset JoinedAt)
{
    public static MemberResponse From(OrganisationMember member, bool withEmail)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.Person.PersonId, member.Person.DisplayName, withEmail ? member.Person.Email : null, member.Roles, member.JoinedAt);
    }
}
