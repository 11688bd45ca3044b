namespace LiveFair.Contracts.Rooms;

/// <summary>
/// The answer to "what happened after sequence N": either exactly the missing events, in order,
/// or (when they are older than the room's bounded log) a fresh snapshot to start over from.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.RoomCatchUp")]
public sealed record RoomCatchUp
{
    [Id(0)] public IReadOnlyList<RoomEvent> Events { get; init; } = [];
    [Id(1)] public RoomSnapshot? Snapshot { get; init; }
}
