using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>The complete set of roles a member should hold from now on.</summary>
public sealed class RolesRequest
{
    public List<OrganisationRole>? Roles { get; set; }
}
