namespace LiveFair.Contracts.Chat;

/// <summary>
/// A room's chat, keyed by the room id. It keeps recent messages, mutes, blocks and reports, and
/// publishes each change through the room grain, so chat reaches viewers on the same numbered fan-out as
/// captions. Moderator ids are recorded for the audit trail; Web checks that the caller is staff of the
/// room's organisation before calling a moderator method. Moderation acts on a message's author, so viewers
/// never see anyone's person id.
/// </summary>
[Alias("LiveFair.IRoomChatGrain")]
public interface IRoomChatGrain : IGrainWithStringKey
{
    /// <summary>
    /// Posts plain text. Refused when the room does not exist or has ended (<c>chat.closed</c>), the author is
    /// muted (<c>chat.muted</c>) or blocked (<c>chat.blocked</c>), the text is empty or too long, or the
    /// author posts too fast (<c>chat.rate_limited</c>).
    /// </summary>
    [Alias("Post")]
    Task<ChatMessage> Post(ChatAuthor author, string text);

    /// <summary>The newest messages, oldest first (at most <see cref="ChatLimits.History"/>).</summary>
    [Alias("GetRecent")]
    Task<IReadOnlyList<ChatMessage>> GetRecent();

    /// <summary>Whether this person may chat here now, and until when they are muted.</summary>
    [Alias("GetStanding")]
    Task<ChatStanding> GetStanding(string personId);

    [Alias("Delete")]
    Task Delete(string moderatorId, string messageId);

    /// <summary>Mutes the author of a message for between one minute and a day.</summary>
    [Alias("MuteAuthor")]
    Task<ChatRestriction> MuteAuthor(string moderatorId, string messageId, TimeSpan duration);

    /// <summary>Blocks the author of a message from the room: no chat, and their live connection is dropped.</summary>
    [Alias("BlockAuthor")]
    Task<ChatRestriction> BlockAuthor(string moderatorId, string messageId);

    /// <summary>Lifts a mute or block (moderators see person ids in <see cref="GetModeration"/>).</summary>
    [Alias("Lift")]
    Task Lift(string moderatorId, string personId);

    /// <summary>A viewer reports a message; one report per person per message.</summary>
    [Alias("Report")]
    Task<ChatReport> Report(string reporterId, string messageId, string? reason);

    /// <summary>Open reports and current restrictions, for the room's moderators.</summary>
    [Alias("GetModeration")]
    Task<ChatModeration> GetModeration();

    /// <summary>Marks a report handled without deleting the message.</summary>
    [Alias("DismissReport")]
    Task DismissReport(string moderatorId, string reportId);

    /// <summary>The person's own messages here, for their data export.</summary>
    [Alias("ExportFor")]
    Task<IReadOnlyList<ChatMessage>> ExportFor(string personId);

    /// <summary>Erasure: removes the person's messages (announcing their removal), reports and restrictions.</summary>
    [Alias("ErasePerson")]
    Task ErasePerson(string personId);
}
