namespace LiveFair.Silo.Rooms;

/// <summary>Bound from the <c>Rooms</c> configuration section.</summary>
public sealed class RoomOptions
{
    public const string SectionName = "Rooms";

    /// <summary>How many recent events a room keeps for clients catching up after a gap.</summary>
    public int EventLogCapacity { get; set; } = 512;

    /// <summary>Final captions per stored transcript chunk, so a long room never grows one state blob.</summary>
    public int TranscriptChunkSize { get; set; } = 100;

    /// <summary>Final captions included in a snapshot; older ones are paged from the transcript.</summary>
    public int RecentCaptionCount { get; set; } = 50;

    /// <summary>
    /// Sequence numbers are reserved in blocks and the reservation is persisted, so a room that restarts
    /// continues above every number it has ever handed out, even those of partial captions never stored.
    /// </summary>
    public int SequenceBlockSize { get; set; } = 1000;

    /// <summary>A Web node that has not renewed its subscription for this long is dropped.</summary>
    public TimeSpan NodeSubscriptionExpiry { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Viewer-count changes are announced at most this often.</summary>
    public TimeSpan ViewerCountInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Why the options cannot work, or null. Checked at start-up, not at the first caption.</summary>
    public string? Problem() =>
        EventLogCapacity < 1 ? "Rooms:EventLogCapacity must be at least 1."
        : TranscriptChunkSize < 1 ? "Rooms:TranscriptChunkSize must be at least 1."
        : RecentCaptionCount < 0 ? "Rooms:RecentCaptionCount must not be negative."
        : SequenceBlockSize < 1 ? "Rooms:SequenceBlockSize must be at least 1, or sequence numbers could repeat after a restart."
        : NodeSubscriptionExpiry <= TimeSpan.Zero ? "Rooms:NodeSubscriptionExpiry must be positive."
        : ViewerCountInterval <= TimeSpan.Zero ? "Rooms:ViewerCountInterval must be positive."
        : null;
}
