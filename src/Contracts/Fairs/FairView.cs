namespace LiveFair.Contracts.Fairs;

[GenerateSerializer]
[Alias("LiveFair.FairView")]
public sealed record FairView
{
    [Id(0)] public required string RoomId { get; init; }
    [Id(1)] public required string HostOrganisationId { get; init; }
    [Id(2)] public IReadOnlyList<FairInvitation> Invitations { get; init; } = [];
    [Id(3)] public IReadOnlyList<BoothSummary> Booths { get; init; } = [];
}

[GenerateSerializer]
[Alias("LiveFair.FairInvitation")]
public sealed record FairInvitation
{
    [Id(0)] public required string EmployerId { get; init; }
    [Id(1)] public required string EmployerName { get; init; }
    [Id(2)] public required FairInvitationStatus Status { get; init; }
    [Id(3)] public required DateTimeOffset InvitedAt { get; init; }
    [Id(4)] public DateTimeOffset? AnsweredAt { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.FairInvitationStatus")]
public enum FairInvitationStatus
{
    Invited = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>A booth as the fair lists it.</summary>
[GenerateSerializer]
[Alias("LiveFair.BoothSummary")]
public sealed record BoothSummary
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required string EmployerId { get; init; }
    [Id(2)] public required string EmployerName { get; init; }
    [Id(3)] public IReadOnlyList<string> JobIds { get; init; } = [];
}
