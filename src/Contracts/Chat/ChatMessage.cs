namespace LiveFair.Contracts.Chat;

/// <summary>A chat message as every viewer sees it. <see cref="Text"/> is plain text, shown escaped.</summary>
[GenerateSerializer]
[Alias("LiveFair.ChatMessage")]
public sealed record ChatMessage
{
    [Id(0)] public required string MessageId { get; init; }
    [Id(1)] public required string RoomId { get; init; }
    [Id(2)] public required string AuthorName { get; init; }
    [Id(3)] public required string Text { get; init; }
    [Id(4)] public required DateTimeOffset SentAt { get; init; }
    [Id(5)] public bool FromStaff { get; init; }
}
