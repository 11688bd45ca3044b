using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>Whom to invite and with which roles; bound from JSON and from the manage page's invite form.</summary>
public sealed class InvitationRequest
{
    public string? Email { get; set; }

    public List<OrganisationRole>? Roles { get; set; }
}
