using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Fairs;

/// <summary>The body of <c>POST /api/fairs/{roomId}/invitations</c>.</summary>
public sealed record InviteEmployerRequest
{
    public string? EmployerId { get; init; }
}

/// <summary>The body of <c>POST .../invitations/{employerId}/accept</c>: the booth's jobs and recruiters.</summary>
public sealed record AcceptInvitationRequest
{
    public List<string>? JobIds { get; init; }

    public List<string>? RecruiterIds { get; init; }
}

/// <summary>The body of <c>PUT /api/fairs/{roomId}/pin</c>; <see cref="JobId"/> only for a job.</summary>
public sealed record PinRequest
{
    public RoomPinKind? Kind { get; init; }

    public string? EmployerId { get; init; }

    public string? JobId { get; init; }
}
