using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Chat;

/// <summary>
/// One room's chat. Each change is persisted before it is announced; announcements go through the room
/// grain so chat shares the room's numbered event stream. Only ids are ever logged, never text or names.
/// </summary>
public sealed partial class RoomChatGrain : Grain, IRoomChatGrain
{
    /// <summary>Open reports kept at most; the oldest goes first if moderators never handle them.</summary>
    internal const int MaxOpenReports = 200;

    /// <summary>Who deleted, muted or blocked stays in the record after that moderator's account is erased, without their id.</summary>
    internal const string ErasedModerator = "erased";

    private readonly IPersistentState<ChatState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<RoomChatGrain> _logger;
    private readonly ChatRateLimiter _rate = new();

    // People whose person grain already knows this room, so a busy chat does not call it on every message.
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);

    public RoomChatGrain(
        [PersistentState("chat", LiveFairStorage.Name)] IPersistentState<ChatState> state,
        TimeProvider time,
        ILogger<RoomChatGrain> logger)
    {
        _state = state;
        _time = time;
        _logger = logger;
    }

    private string RoomId => this.GetPrimaryKeyString();

    private ChatState State => _state.State;

    private IRoomGrain Room => GrainFactory.GetGrain<IRoomGrain>(RoomId);

    public async Task<ChatMessage> Post(ChatAuthor author, string text)
    {
        var validAuthor = ChatRules.Author(author);
        var validText = ChatRules.Text(text);
        await EnsureOpenAsync();

        var now = _time.GetUtcNow();
        switch (ChatRules.Standing(RestrictionOf(validAuthor.PersonId), now))
        {
            case { Blocked: true }:
                throw ChatErrors.Blocked();
            case { MutedUntil: { } until }:
                throw ChatErrors.Muted(until);
        }

        if (!_rate.Allows(validAuthor.PersonId, now))
        {
            throw ChatErrors.RateLimited();
        }

        var message = new ChatMessage
        {
            MessageId = Guid.NewGuid().ToString("N"),
            RoomId = RoomId,
            AuthorName = validAuthor.DisplayName,
            Text = validText,
            SentAt = now,
            FromStaff = validAuthor.IsStaff,
        };
        var stored = new StoredChatMessage { Message = message, AuthorId = validAuthor.PersonId };
        var before = State.Messages;
        State.Messages = [.. before.Skip(Math.Max(0, before.Count + 1 - ChatLimits.History)), stored];
        await PersistAsync(rollback: () => State.Messages = before);
        _rate.Record(validAuthor.PersonId, now);

        try
        {
            await Room.PublishChat(message);
        }
        catch (DomainException exception)
        {
            // The room ended between the check and the announcement: nobody saw the message, so it must not stay.
            var posted = State.Messages;
            State.Messages = before;
            await PersistAsync(rollback: () => State.Messages = posted);
            throw ChatErrors.Closed(exception.Kind == ErrorKind.NotFound ? ErrorKind.NotFound : ErrorKind.Conflict);
        }

        LogPosted(RoomId, message.MessageId, validAuthor.PersonId);
        await NoteRoomForAsync(validAuthor.PersonId);
        return message;
    }

    public Task<IReadOnlyList<ChatMessage>> GetRecent() =>
        Task.FromResult<IReadOnlyList<ChatMessage>>([.. State.Messages.Select(stored => stored.Message)]);

    public Task<ChatStanding> GetStanding(string personId)
    {
        var id = ChatRules.Id(personId, "chat.invalid_person");
        return Task.FromResult(ChatRules.Standing(RestrictionOf(id), _time.GetUtcNow()));
    }

    public async Task Delete(string moderatorId, string messageId)
    {
        var moderator = ChatRules.Id(moderatorId, "chat.invalid_person");
        var (message, _) = Find(messageId);
        var (messages, reports) = (State.Messages, State.Reports);
        State.Messages = [.. messages.Where(stored => stored.Message.MessageId != message.MessageId)];
        State.Reports = [.. reports.Where(report => report.Message.MessageId != message.MessageId)];
        await PersistAsync(rollback: () => (State.Messages, State.Reports) = (messages, reports));
        LogDeleted(RoomId, message.MessageId, moderator);
        await Room.PublishChatRemoval([message.MessageId]);
    }

    public async Task<ChatRestriction> MuteAuthor(string moderatorId, string messageId, TimeSpan duration)
    {
        var moderator = ChatRules.Id(moderatorId, "chat.invalid_person");
        var validDuration = ChatRules.MuteDuration(duration);
        var (message, authorId) = RestrictableAuthor(messageId, moderator);
        var now = _time.GetUtcNow();
        if (RestrictionOf(authorId) is { Kind: ChatRestrictionKind.Blocked })
        {
            throw ChatErrors.AlreadyBlocked();
        }

        var restriction = new ChatRestriction
        {
            PersonId = authorId,
            DisplayName = message.AuthorName,
            Kind = ChatRestrictionKind.Muted,
            Until = now + validDuration,
            ModeratorId = moderator,
            At = now,
        };
        await RestrictAsync(restriction);
        LogRestricted(RoomId, authorId, ChatRestrictionKind.Muted, moderator);
        return restriction;
    }

    public async Task<ChatRestriction> BlockAuthor(string moderatorId, string messageId)
    {
        var moderator = ChatRules.Id(moderatorId, "chat.invalid_person");
        var (message, authorId) = RestrictableAuthor(messageId, moderator);
        var restriction = new ChatRestriction
        {
            PersonId = authorId,
            DisplayName = message.AuthorName,
            Kind = ChatRestrictionKind.Blocked,
            ModeratorId = moderator,
            At = _time.GetUtcNow(),
        };
        await RestrictAsync(restriction);
        LogRestricted(RoomId, authorId, ChatRestrictionKind.Blocked, moderator);

        // Persisted first: a connection that rejoins after being dropped is refused by the stored block.
        await Room.RemovePerson(authorId);
        return restriction;
    }

    public async Task Lift(string moderatorId, string personId)
    {
        var moderator = ChatRules.Id(moderatorId, "chat.invalid_person");
        var person = ChatRules.Id(personId, "chat.invalid_person");
        var before = State.Restrictions;
        if (!before.Any(restriction => restriction.PersonId == person))
        {
            // Already lifted (or expired and dropped): the moderator's intent holds, and a retry must not fail.
            return;
        }

        State.Restrictions = [.. before.Where(restriction => restriction.PersonId != person)];
        await PersistAsync(rollback: () => State.Restrictions = before);
        LogLifted(RoomId, person, moderator);
    }

    public async Task<ChatReport> Report(string reporterId, string messageId, string? reason)
    {
        var reporter = ChatRules.Id(reporterId, "chat.invalid_person");
        var validReason = ChatRules.Reason(reason);
        var (message, authorId) = Find(messageId);
        var existing = State.Reports.FirstOrDefault(report => report.Message.MessageId == message.MessageId);
        if (existing?.Entries.Any(entry => entry.ReporterId == reporter) == true)
        {
            // One report per person per message; sending it again (a double click, a retry) changes nothing.
            return existing.ToContract();
        }

        var entry = new ReportEntry { ReporterId = reporter, Reason = validReason, At = _time.GetUtcNow() };
        var before = State.Reports;
        var report = existing is null
            ? new OpenReport { ReportId = Guid.NewGuid().ToString("N"), Message = message, AuthorId = authorId, Entries = [entry] }
            : new OpenReport { ReportId = existing.ReportId, Message = existing.Message, AuthorId = existing.AuthorId, Entries = [.. existing.Entries, entry] };
        var others = before.Where(open => open != existing).ToList();
        State.Reports = [.. others.Skip(Math.Max(0, others.Count + 1 - MaxOpenReports)), report];
        await PersistAsync(rollback: () => State.Reports = before);
        LogReported(RoomId, message.MessageId, report.ReportId);
        return report.ToContract();
    }

    public Task<ChatModeration> GetModeration()
    {
        var now = _time.GetUtcNow();
        return Task.FromResult(new ChatModeration
        {
            OpenReports = [.. State.Reports.Select(report => report.ToContract())],
            Restrictions = [.. State.Restrictions.Where(restriction => ChatRules.IsInForce(restriction, now))],
        });
    }

    public async Task DismissReport(string moderatorId, string reportId)
    {
        var moderator = ChatRules.Id(moderatorId, "chat.invalid_person");
        var before = State.Reports;
        if (!before.Any(report => report.ReportId == reportId))
        {
            throw ChatErrors.ReportNotFound();
        }

        State.Reports = [.. before.Where(report => report.ReportId != reportId)];
        await PersistAsync(rollback: () => State.Reports = before);
        LogDismissed(RoomId, reportId, moderator);
    }

    public Task<IReadOnlyList<ChatMessage>> ExportFor(string personId)
    {
        var person = ChatRules.Id(personId, "chat.invalid_person");

        // A reported message may have left the recent history; the report still holds it, so it is still theirs.
        var messages = State.Messages.Where(stored => stored.AuthorId == person).Select(stored => stored.Message)
            .Concat(State.Reports.Where(report => report.AuthorId == person).Select(report => report.Message))
            .DistinctBy(message => message.MessageId)
            .OrderBy(message => message.SentAt)
            .ToList();
        return Task.FromResult<IReadOnlyList<ChatMessage>>(messages);
    }

    public async Task ErasePerson(string personId)
    {
        var person = ChatRules.Id(personId, "chat.invalid_person");
        var (messages, restrictions, reports) = (State.Messages, State.Restrictions, State.Reports);
        var removed = messages.Where(stored => stored.AuthorId == person).Select(stored => stored.Message.MessageId)
            .Concat(reports.Where(report => report.AuthorId == person).Select(report => report.Message.MessageId))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var keptReports = reports
            .Where(report => report.AuthorId != person)
            .Select(report => report.Entries.Any(entry => entry.ReporterId == person)
                ? new OpenReport { ReportId = report.ReportId, Message = report.Message, AuthorId = report.AuthorId, Entries = [.. report.Entries.Where(entry => entry.ReporterId != person)] }
                : report)
            .Where(report => report.Entries.Count > 0)
            .ToList();
        var keptRestrictions = restrictions
            .Where(restriction => restriction.PersonId != person)
            .Select(restriction => restriction.ModeratorId == person ? restriction with { ModeratorId = ErasedModerator } : restriction)
            .ToList();

        _rate.Forget(person);
        _noted.Remove(person);
        var mentioned = messages.Any(stored => stored.AuthorId == person)
            || reports.Any(report => report.AuthorId == person || report.Entries.Any(entry => entry.ReporterId == person))
            || restrictions.Any(restriction => restriction.PersonId == person || restriction.ModeratorId == person);
        if (!mentioned)
        {
            return; // Erasure runs again after a failure; a second call finds nothing and does nothing.
        }

        State.Messages = [.. messages.Where(stored => stored.AuthorId != person)];
        State.Restrictions = keptRestrictions;
        State.Reports = keptReports;
        await PersistAsync(rollback: () => (State.Messages, State.Restrictions, State.Reports) = (messages, restrictions, reports));
        LogErased(RoomId, person, removed.Count);
        if (removed.Count == 0)
        {
            return;
        }

        try
        {
            await Room.PublishChatRemoval(removed);
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // No room means no viewers to tell; the erasure itself is done and persisted.
            LogRemovalNotAnnounced(RoomId);
        }
    }

    /// <summary>Refuses posting to a room that does not exist or has ended.</summary>
    private async Task EnsureOpenAsync()
    {
        RoomSnapshot room;
        try
        {
            room = await Room.GetSnapshot();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            throw ChatErrors.Closed(ErrorKind.NotFound);
        }

        if (room.Status == RoomStatus.Ended)
        {
            throw ChatErrors.Closed(ErrorKind.Conflict);
        }
    }

    private ChatRestriction? RestrictionOf(string personId) =>
        State.Restrictions.FirstOrDefault(restriction => restriction.PersonId == personId);

    /// <summary>A message still in the history, or one kept by an open report.</summary>
    private (ChatMessage Message, string AuthorId) Find(string? messageId)
    {
        if (string.IsNullOrEmpty(messageId))
        {
            throw ChatErrors.MessageNotFound();
        }

        if (State.Messages.FirstOrDefault(stored => stored.Message.MessageId == messageId) is { } stored)
        {
            return (stored.Message, stored.AuthorId);
        }

        return State.Reports.FirstOrDefault(report => report.Message.MessageId == messageId) is { } report
            ? (report.Message, report.AuthorId)
            : throw ChatErrors.MessageNotFound();
    }

    /// <summary>
    /// The author of a message a moderator wants to restrict. Staff messages are exempt: a moderator could
    /// otherwise lock out a colleague, or themselves, by a slip of the keyboard.
    /// </summary>
    private (ChatMessage Message, string AuthorId) RestrictableAuthor(string messageId, string moderatorId)
    {
        var (message, authorId) = Find(messageId);
        return message.FromStaff || authorId == moderatorId ? throw ChatErrors.StaffExempt() : (message, authorId);
    }

    /// <summary>Replaces the person's restriction, dropping mutes that have run out on the way.</summary>
    private async Task RestrictAsync(ChatRestriction restriction)
    {
        var now = _time.GetUtcNow();
        var before = State.Restrictions;
        State.Restrictions = [.. before.Where(r => r.PersonId != restriction.PersonId && ChatRules.IsInForce(r, now)), restriction];
        await PersistAsync(rollback: () => State.Restrictions = before);
    }

    private async Task PersistAsync(Action rollback)
    {
        try
        {
            await _state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Nothing was acknowledged, so nothing may appear to have changed.
            rollback();
            LogPersistFailed(exception, RoomId);
            throw;
        }
    }

    /// <summary>
    /// Lets the author's person grain know they chatted here, for their export and erasure. A failure must not
    /// undo a message everyone has seen; the next message tries again.
    /// </summary>
    private async Task NoteRoomForAsync(string personId)
    {
        if (_noted.Contains(personId))
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IPersonGrain>(personId).NoteChatRoom(RoomId);
            _noted.Add(personId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNoteFailed(exception, RoomId, personId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chat in room {RoomId}: message {MessageId} posted by person {PersonId}")]
    private partial void LogPosted(string roomId, string messageId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: message {MessageId} deleted by moderator {ModeratorId}")]
    private partial void LogDeleted(string roomId, string messageId, string moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: person {PersonId} {Kind} by moderator {ModeratorId}")]
    private partial void LogRestricted(string roomId, string personId, ChatRestrictionKind kind, string moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: restriction on person {PersonId} lifted by moderator {ModeratorId}")]
    private partial void LogLifted(string roomId, string personId, string moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: message {MessageId} reported ({ReportId})")]
    private partial void LogReported(string roomId, string messageId, string reportId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: report {ReportId} dismissed by moderator {ModeratorId}")]
    private partial void LogDismissed(string roomId, string reportId, string moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat in room {RoomId}: person {PersonId} erased, {MessageCount} messages removed")]
    private partial void LogErased(string roomId, string personId, int messageCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat in room {RoomId}: the room no longer exists, so a removal was not announced")]
    private partial void LogRemovalNotAnnounced(string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat in room {RoomId}: person {PersonId} could not note the room; their export may miss it until their next message")]
    private partial void LogNoteFailed(Exception exception, string roomId, string personId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chat in room {RoomId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string roomId);
}
