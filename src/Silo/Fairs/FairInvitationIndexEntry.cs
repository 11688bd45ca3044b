using LiveFair.Contracts.Fairs;

namespace LiveFair.Silo.Fairs;

/// <summary>One invitation of one employer to one fair, as the <c>fair_invitation_index</c> table keeps it.</summary>
public sealed record FairInvitationIndexEntry
{
    public required string RoomId { get; init; }
    public required string EmployerId { get; init; }
    public required long Version { get; init; }
    public required FairInvitationStatus Status { get; init; }
    public required string RoomTitle { get; init; }
    public required DateTimeOffset InvitedAt { get; init; }
}
