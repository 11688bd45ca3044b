namespace LiveFair.Web.Rooms;

public sealed record CaptionIngestResponse(Guid SegmentId, long Sequence, bool Final);
