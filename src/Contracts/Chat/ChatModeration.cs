namespace LiveFair.Contracts.Chat;

[GenerateSerializer]
[Alias("LiveFair.ChatModeration")]
public sealed record ChatModeration
{
    [Id(0)] public IReadOnlyList<ChatReport> OpenReports { get; init; } = [];
    [Id(1)] public IReadOnlyList<ChatRestriction> Restrictions { get; init; } = [];
}
