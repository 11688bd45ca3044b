namespace LiveFair.Contracts.Chat;

/// <summary>A mute (with an end) or a block (without one) on one person in one room.</summary>
[GenerateSerializer]
[Alias("LiveFair.ChatRestriction")]
public sealed record ChatRestriction
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required string DisplayName { get; init; }
    [Id(2)] public required ChatRestrictionKind Kind { get; init; }
    [Id(3)] public DateTimeOffset? Until { get; init; }
    [Id(4)] public required string ModeratorId { get; init; }
    [Id(5)] public required DateTimeOffset At { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.ChatRestrictionKind")]
public enum ChatRestrictionKind
{
    Muted = 0,
    Blocked = 1,
}
