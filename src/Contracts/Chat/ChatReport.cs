namespace LiveFair.Contracts.Chat;

[GenerateSerializer]
[Alias("LiveFair.ChatReport")]
public sealed record ChatReport
{
    [Id(0)] public required string ReportId { get; init; }
    [Id(1)] public required ChatMessage Message { get; init; }
    [Id(2)] public string? Reason { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }

    /// <summary>How many people reported the same message.</summary>
    [Id(4)] public int Count { get; init; } = 1;
}
