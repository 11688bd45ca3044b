namespace LiveFair.Contracts.Chat;

[GenerateSerializer]
[Alias("LiveFair.ChatStanding")]
public sealed record ChatStanding
{
    [Id(0)] public DateTimeOffset? MutedUntil { get; init; }
    [Id(1)] public bool Blocked { get; init; }
}
