using LiveFair.Contracts.Chat;

namespace LiveFair.Silo.Chat;

/// <summary>
/// What a room's chat persists. Post times for the rate limit live only in memory: losing them on a
/// restart lets someone post a few messages early, which is harmless.
/// </summary>
public sealed class ChatState
{
    /// <summary>Oldest first, at most <see cref="ChatLimits.History"/>.</summary>
    public List<StoredChatMessage> Messages { get; set; } = [];

    /// <summary>At most one per person; expired mutes are dropped on the next change.</summary>
    public List<ChatRestriction> Restrictions { get; set; } = [];

    /// <summary>One per reported message, oldest first.</summary>
    public List<OpenReport> Reports { get; set; } = [];
}
