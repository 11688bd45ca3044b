namespace LiveFair.Silo.Chat;

/// <summary>One person's report of a message; the reporter id enforces one report per person and lets erasure find it.</summary>
public sealed class ReportEntry
{
    public required string ReporterId { get; init; }

    public string? Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}
