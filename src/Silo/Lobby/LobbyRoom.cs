using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Lobby;

/// <summary>One row of the lobby read model: what the room list shows, never the source of truth.</summary>
public sealed record LobbyRoom
{
    public required string RoomId { get; init; }
    public required long Version { get; init; }
    public required RoomKind Kind { get; init; }
    public required RoomStatus Status { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string HostOrganisationId { get; init; }
    public required string HostOrganisationName { get; init; }
    public required DateTimeOffset ScheduledStart { get; init; }
    public required DateTimeOffset ScheduledEnd { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public bool HasSignLanguage { get; init; }
    public bool IsDemo { get; init; }
}
