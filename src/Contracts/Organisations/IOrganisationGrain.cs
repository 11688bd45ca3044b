namespace LiveFair.Contracts.Organisations;

/// <summary>
/// An organisation (employer, sheltered workshop or service organisation), keyed by an id such as
/// <c>org-3f9a1c2b7d</c>: the source of truth for its profile, verification, members, roles and
/// invitations. Actions that need a role take the acting person's id and check it here, so no caller
/// can act in an organisation it does not belong to. Rejected commands throw
/// <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IOrganisationGrain")]
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>Creates the organisation with <paramref name="creator"/> as its first admin. Conflict if it exists.</summary>
    [Alias("Create")]
    Task<OrganisationView> Create(OrganisationProfile profile, MemberIdentity creator);

    /// <summary>The public view. NotFound when the organisation does not exist.</summary>
    [Alias("GetView")]
    Task<OrganisationView> GetView();

    /// <summary>Admins only.</summary>
    [Alias("UpdateProfile")]
    Task<OrganisationView> UpdateProfile(string actorId, OrganisationProfile profile);

    /// <summary>The roles a person holds here; empty when they are not a member.</summary>
    [Alias("GetRoles")]
    Task<IReadOnlyList<OrganisationRole>> GetRoles(string personId);

    /// <summary>Members only.</summary>
    [Alias("GetMembers")]
    Task<IReadOnlyList<OrganisationMember>> GetMembers(string actorId);

    /// <summary>Admins only. The returned invitation carries its token this once; only a hash is kept.</summary>
    [Alias("Invite")]
    Task<OrganisationInvitation> Invite(string actorId, InvitationInput input);

    /// <summary>Admins only; open invitations, without tokens.</summary>
    [Alias("GetInvitations")]
    Task<IReadOnlyList<OrganisationInvitation>> GetInvitations(string actorId);

    [Alias("RevokeInvitation")]
    Task RevokeInvitation(string actorId, string invitationId);

    /// <summary>
    /// Joins with the roles of the invitation. The person's email must be the invited one, the token valid
    /// and not expired; an invitation is used once.
    /// </summary>
    [Alias("AcceptInvitation")]
    Task<OrganisationMember> AcceptInvitation(string token, MemberIdentity person);

    /// <summary>Admins only. The last admin cannot lose the admin role.</summary>
    [Alias("SetRoles")]
    Task<OrganisationMember> SetRoles(string actorId, string personId, IReadOnlyList<OrganisationRole> roles);

    /// <summary>Admins only, or the member themselves (leaving). The last admin cannot leave.</summary>
    [Alias("RemoveMember")]
    Task RemoveMember(string actorId, string personId);

    /// <summary>Platform admins only; Web checks the platform role before calling.</summary>
    [Alias("SetVerified")]
    Task<OrganisationView> SetVerified(bool verified, string platformAdminId);

    /// <summary>Erasure: removes the person from members and invitations without calling them back.</summary>
    [Alias("ForgetPerson")]
    Task ForgetPerson(string personId);
}
