namespace LiveFair.Contracts.Rooms;

/// <summary>
/// One caption line. While the captioner types, partial versions share the same <see cref="Id"/>;
/// the final version replaces them and joins the transcript.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.CaptionSegment")]
public sealed record CaptionSegment
{
    public const int MaxTextLength = 500;
    public const int MaxSpeakerLength = 60;

    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public required bool IsFinal { get; init; }
    [Id(3)] public string Speaker { get; init; } = "";
    [Id(4)] public string Language { get; init; } = "zh-CN";

    /// <summary>When the first words of this line arrived (the cue start in WebVTT).</summary>
    [Id(5)] public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When this version was accepted by the room.</summary>
    [Id(6)] public required DateTimeOffset ReceivedAt { get; init; }
}
