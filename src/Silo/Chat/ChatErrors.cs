using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Chat;

/// <summary>Every way a chat command can be refused; codes are part of the public API (docs/realtime.md).</summary>
internal static class ChatErrors
{
    /// <summary>
    /// An unknown room and an ended one both answer <c>chat.closed</c>: to someone typing a message the
    /// difference does not matter, and the kind (NotFound or Conflict) still tells them apart.
    /// </summary>
    public static DomainException Closed(ErrorKind kind) =>
        new(kind, "chat.closed", "This room's chat is closed: the room does not exist or has ended.");

    public static DomainException Muted(DateTimeOffset until) =>
        new(ErrorKind.Forbidden, "chat.muted", $"A moderator muted you in this room until {until:O}.");

    public static DomainException Blocked() =>
        new(ErrorKind.Forbidden, "chat.blocked", "A moderator blocked you from this room.");

    public static DomainException RateLimited() =>
        new(ErrorKind.Conflict, "chat.rate_limited", "You are sending messages too fast; wait a few seconds.");

    public static DomainException MessageNotFound() =>
        new(ErrorKind.NotFound, "chat.message_not_found", "There is no such message in this room (it may have been deleted).");

    public static DomainException ReportNotFound() =>
        new(ErrorKind.NotFound, "chat.report_not_found", "There is no such open report in this room.");

    public static DomainException StaffExempt() =>
        new(ErrorKind.Conflict, "chat.staff_exempt", "Messages from the room's staff cannot be used to mute or block their author.");

    public static DomainException AlreadyBlocked() =>
        new(ErrorKind.Conflict, "chat.already_blocked", "The author is already blocked; lift the block before muting them.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
