using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;

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

    /// <summary>What the room's charity sale has sold, net of refunds.</summary>
    public SaleTotals SaleTotals { get; set; } = new();

    /// <summary>By order id, every sale counted in <see cref="SaleTotals"/>, so a repeat counts nothing and a refund takes out exactly what was added.</summary>
    public Dictionary<string, CountedSale> CountedSales { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The newest ticker lines with their order ids, oldest first, for viewers who arrive later.</summary>
    public List<RecentSale> RecentSales { get; set; } = [];
}
