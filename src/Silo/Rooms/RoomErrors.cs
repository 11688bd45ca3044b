using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Rooms;

/// <summary>Every way a room command can be refused; codes are part of the public API (docs/realtime.md).</summary>
internal static class RoomErrors
{
    public static DomainException NotFound(string roomId) =>
        new(ErrorKind.NotFound, "room.not_found", $"There is no room '{roomId}'.");

    public static DomainException Ended() =>
        new(ErrorKind.Conflict, "room.ended", "The room has ended; it no longer accepts captions or changes.");

    public static DomainException NotLive() =>
        new(ErrorKind.Conflict, "room.not_live", "The room has not started yet; start it before sending captions.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
