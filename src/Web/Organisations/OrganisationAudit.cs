namespace LiveFair.Web.Organisations;

/// <summary>
/// What happened to organisations, for operators. Only ids are logged: emails and names are personal
/// information and never reach the log.
/// </summary>
public sealed partial class OrganisationAudit(ILogger<OrganisationAudit> logger)
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} created by person {PersonId}")]
    public partial void Created(string organisationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} profile updated by person {PersonId}")]
    public partial void ProfileUpdated(string organisationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} invitation {InvitationId} created by person {PersonId}")]
    public partial void Invited(string organisationId, string invitationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} invitation {InvitationId} revoked by person {PersonId}")]
    public partial void InvitationRevoked(string organisationId, string invitationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} joined organisation {OrganisationId}")]
    public partial void Joined(string organisationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} roles of person {MemberId} set by person {PersonId}")]
    public partial void RolesChanged(string organisationId, string memberId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} member {MemberId} removed by person {PersonId}")]
    public partial void MemberRemoved(string organisationId, string memberId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} verified={Verified} by platform admin {PersonId}")]
    public partial void VerificationSet(string organisationId, bool verified, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an invitation code for organisation {OrganisationId}: {Reason}")]
    public partial void InvitationCodeRefused(string organisationId, string reason);
}
