using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

/// <summary>What a room persists. Partial captions and the event log live only in memory.</summary>
public sealed class RoomState
{
    public RoomDetails? Details { get; set; }
    public RoomStatus Status { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Rises with every persisted change; the lobby read model keeps only the highest.</summary>
    public long Version { get; set; }

    public long SequenceReservedThrough { get; set; }
    public string? IngestTokenHash { get; set; }
    public int PeakViewers { get; set; }

    /// <summary>Number of full transcript chunks stored separately, numbered from 0.</summary>
    public int SealedChunks { get; set; }

    /// <summary>The transcript chunk still being filled.</summary>
    public List<CaptionSegment> OpenChunk { get; set; } = [];

    public long TranscriptLength { get; set; }

    /// <summary>The card pinned to the stream; kept so a restart or a late viewer still sees it.</summary>
    public RoomPin? Pin { get; set; }

    /// <summary>Every time the room was opened (人次), summed from the Web nodes' reports.</summary>
    public long TotalViews { get; set; }
}
