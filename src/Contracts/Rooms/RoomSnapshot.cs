namespace LiveFair.Contracts.Rooms;

/// <summary>Everything a client needs to draw a room from scratch, as of <see cref="Sequence"/>.</summary>
[GenerateSerializer]
[Alias("LiveFair.RoomSnapshot")]
public sealed record RoomSnapshot
{
    [Id(0)] public required string RoomId { get; init; }
    [Id(1)] public required RoomDetails Details { get; init; }
    [Id(2)] public required RoomStatus Status { get; init; }
    [Id(3)] public required long Sequence { get; init; }
    [Id(4)] public int Viewers { get; init; }
    [Id(5)] public int PeakViewers { get; init; }
    [Id(6)] public DateTimeOffset? StartedAt { get; init; }
    [Id(7)] public DateTimeOffset? EndedAt { get; init; }
    [Id(8)] public CaptionSegment? CurrentPartial { get; init; }

    /// <summary>The newest final captions, oldest first; the whole transcript is paged through <c>GetTranscriptPage</c>.</summary>
    [Id(9)] public IReadOnlyList<CaptionSegment> RecentCaptions { get; init; } = [];
    [Id(10)] public long TranscriptLength { get; init; }
    [Id(11)] public RoomPin? Pin { get; init; }

    /// <summary>Every time the room was opened (人次), as reported by the Web nodes.</summary>
    [Id(12)] public long TotalViews { get; init; }

    /// <summary>What the room's charity sale has sold so far (zero for job fairs).</summary>
    [Id(13)] public Sales.SaleTotals SaleTotals { get; init; } = new();

    /// <summary>The newest ticker announcements, oldest first, so a late viewer sees the last few sales.</summary>
    [Id(14)] public IReadOnlyList<Sales.SaleTick> RecentSales { get; init; } = [];
}
