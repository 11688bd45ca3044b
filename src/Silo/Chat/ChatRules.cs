using LiveFair.Contracts.Chat;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Chat;

/// <summary>
/// Checks chat input before anything changes. Text follows <see cref="TextRules"/>: plain text, markup kept
/// as typed (pages render it as text), control characters refused.
/// </summary>
internal static class ChatRules
{
    /// <summary>Person ids come from Web (account ids), never from the viewer's typing; this only stops nonsense.</summary>
    private const int MaxIdLength = 128;

    public static string Text(string? text)
    {
        // Refuse oversized text before normalising it, so a hostile client cannot make the grain copy megabytes.
        if (text is { Length: > ChatLimits.MessageLength * 4 })
        {
            throw ChatErrors.Invalid("chat.too_long", $"A message must be at most {ChatLimits.MessageLength} characters.");
        }

        return TextRules.Required(text, ChatLimits.MessageLength, "A message", "chat");
    }

    public static ChatAuthor Author(ChatAuthor? author)
    {
        ArgumentNullException.ThrowIfNull(author);
        return author with
        {
            PersonId = Id(author.PersonId, "chat.invalid_person"),
            DisplayName = TextRules.Required(author.DisplayName, ChatLimits.DisplayName, "The display name", "chat.display_name"),
        };
    }

    /// <summary>An empty reason is no reason.</summary>
    public static string? Reason(string? reason)
    {
        if (reason is { Length: > ChatLimits.ReasonLength * 4 })
        {
            throw ChatErrors.Invalid("chat.reason.too_long", $"A reason must be at most {ChatLimits.ReasonLength} characters.");
        }

        var value = TextRules.Optional(reason, ChatLimits.ReasonLength, "A reason", "chat.reason");
        return value.Length == 0 ? null : value;
    }

    public static TimeSpan MuteDuration(TimeSpan duration) =>
        duration >= ChatLimits.ShortestMute && duration <= ChatLimits.LongestMute
            ? duration
            : throw ChatErrors.Invalid("chat.invalid_duration", "A mute lasts between one minute and one day.");

    public static string Id(string? id, string code) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength && !id.Any(char.IsControl)
            ? id
            : throw ChatErrors.Invalid(code, "The id is missing or malformed.");

    /// <summary>A mute holds until its end, exclusive: at <see cref="ChatRestriction.Until"/> the person may post again.</summary>
    public static bool IsInForce(ChatRestriction restriction, DateTimeOffset now) =>
        restriction.Kind == ChatRestrictionKind.Blocked || (restriction.Until is { } until && now < until);

    public static ChatStanding Standing(ChatRestriction? restriction, DateTimeOffset now) =>
        restriction is null || !IsInForce(restriction, now)
            ? new ChatStanding()
            : restriction.Kind == ChatRestrictionKind.Blocked
                ? new ChatStanding { Blocked = true }
                : new ChatStanding { MutedUntil = restriction.Until };
}
