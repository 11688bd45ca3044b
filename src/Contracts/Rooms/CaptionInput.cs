namespace LiveFair.Contracts.Rooms;

/// <summary>
/// A caption as a captioner or ingest client sends it. Omit <see cref="SegmentId"/> to start a new line;
/// repeat it to update a partial line or to finish it with <see cref="IsFinal"/>.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.CaptionInput")]
public sealed record CaptionInput
{
    [Id(0)] public Guid? SegmentId { get; init; }
    [Id(1)] public string? Text { get; init; }
    [Id(2)] public bool IsFinal { get; init; }
    [Id(3)] public string? Speaker { get; init; }
    [Id(4)] public string? Language { get; init; }
}
