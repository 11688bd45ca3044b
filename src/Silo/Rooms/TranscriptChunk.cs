using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

/// <summary>A full, immutable run of final captions, stored as its own row.</summary>
public sealed class TranscriptChunk
{
    public List<CaptionSegment> Segments { get; set; } = [];
}
