namespace LiveFair.Contracts.Rooms;

/// <summary>One chunk of a room's transcript; <see cref="NextPage"/> is null on the last one.</summary>
[GenerateSerializer]
[Alias("LiveFair.TranscriptPage")]
public sealed record TranscriptPage
{
    [Id(0)] public IReadOnlyList<CaptionSegment> Segments { get; init; } = [];
    [Id(1)] public int? NextPage { get; init; }
    [Id(2)] public DateTimeOffset? RoomStartedAt { get; init; }
}
