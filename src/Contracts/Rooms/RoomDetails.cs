namespace LiveFair.Contracts.Rooms;

/// <summary>What an organiser sets when scheduling a room. Urls are absolute http(s) or empty.</summary>
[GenerateSerializer]
[Alias("LiveFair.RoomDetails")]
public sealed record RoomDetails
{
    [Id(0)] public required RoomKind Kind { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    [Id(3)] public required string HostOrganisationId { get; init; }
    [Id(4)] public required string HostOrganisationName { get; init; }
    [Id(5)] public required DateTimeOffset ScheduledStart { get; init; }
    [Id(6)] public required DateTimeOffset ScheduledEnd { get; init; }
    [Id(7)] public string? PlaybackUrl { get; init; }
    [Id(8)] public string? SignLanguageUrl { get; init; }
    [Id(9)] public string Language { get; init; } = "zh-CN";

    /// <summary>Demo rooms are seeded sample content and are labelled as such wherever they appear.</summary>
    [Id(10)] public bool IsDemo { get; init; }
}
