using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>Room ids, details and captions for tests.</summary>
internal static class TestRooms
{
    public static readonly DateTimeOffset Start = new(2026, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A fresh, valid room id, so tests sharing a cluster never share a room.</summary>
    public static string NewId(string prefix)
    {
        var id = $"{prefix}-{Guid.NewGuid():N}";
        return RoomIds.IsValid(id) ? id : throw new InvalidOperationException($"'{id}' is not a valid room id.");
    }

    public static RoomDetails Details(string title = "Guangdong spring job fair", bool isDemo = false, DateTimeOffset? start = null) => new()
    {
        Kind = RoomKind.JobFair,
        Title = title,
        Description = "Employers and captioned talks.",
        HostOrganisationId = "org-gd",
        HostOrganisationName = "Guangdong Disabled Persons' Federation",
        ScheduledStart = start ?? Start,
        ScheduledEnd = (start ?? Start).AddHours(3),
        IsDemo = isDemo,
    };

    public static CaptionInput Final(string text, string speaker = "", Guid? segmentId = null) =>
        new() { Text = text, IsFinal = true, Speaker = speaker, SegmentId = segmentId };

    public static CaptionInput Partial(string text, Guid segmentId) =>
        new() { Text = text, IsFinal = false, SegmentId = segmentId };

    /// <summary>Schedules and starts a room; the start is event 1.</summary>
    public static async Task<IRoomGrain> StartLiveAsync(this IClusterClient client, string roomId, RoomDetails? details = null)
    {
        var room = client.GetGrain<IRoomGrain>(roomId);
        await room.Schedule(details ?? Details());
        await room.StartRoom();
        return room;
    }

    /// <summary>Pages through the whole transcript, following NextPage until it is null.</summary>
    public static async Task<List<CaptionSegment>> ReadTranscriptAsync(this IRoomGrain room)
    {
        var segments = new List<CaptionSegment>();
        int? page = 0;
        for (var pages = 0; page is int current; pages++)
        {
            if (pages > 1000)
            {
                throw new InvalidOperationException("Transcript paging does not end.");
            }

            var result = await room.GetTranscriptPage(current);
            segments.AddRange(result.Segments);
            page = result.NextPage;
        }

        return segments;
    }
}
