using LiveFair.Contracts.Chat;

namespace LiveFair.Silo.Chat;

/// <summary>
/// Everyone's reports of one message, gathered so moderators see it once with a count. The message is kept
/// here too, so a report outlives the message scrolling out of the recent history.
/// </summary>
public sealed class OpenReport
{
    public required string ReportId { get; init; }

    public required ChatMessage Message { get; init; }

    public required string AuthorId { get; init; }

    public List<ReportEntry> Entries { get; set; } = [];

    /// <summary>The first reason anyone gave, and how many people reported it.</summary>
    public ChatReport ToContract() => new()
    {
        ReportId = ReportId,
        Message = Message,
        Reason = Entries.Select(entry => entry.Reason).FirstOrDefault(reason => reason is not null),
        At = Entries.Count > 0 ? Entries[0].At : Message.SentAt,
        Count = Entries.Count,
    };
}
