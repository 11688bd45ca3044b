namespace LiveFair.Web.Rooms;

/// <summary>
/// What external caption software (a CART tool or an ASR engine) posts. Send the same
/// <see cref="SegmentId"/> with growing text while a line is spoken and <see cref="Final"/> = true once.
/// </summary>
public sealed record CaptionIngestRequest
{
    public Guid? SegmentId { get; init; }
    public string? Text { get; init; }
    public bool Final { get; init; }
    public string? Speaker { get; init; }
    public string? Language { get; init; }
}
