using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Fairs;

/// <summary>One fair that invited an employer, as the employer's members see it.</summary>
public sealed record EmployerFairInvitation(
    string RoomId,
    string Title,
    string HostOrganisationId,
    string HostOrganisationName,
    DateTimeOffset ScheduledStart,
    DateTimeOffset ScheduledEnd,
    RoomStatus RoomStatus,
    FairInvitationStatus Status,
    DateTimeOffset InvitedAt);
