namespace LiveFair.Contracts.Chat;

/// <summary>Who posts: the account id (never shown to viewers) and the public display name.</summary>
[GenerateSerializer]
[Alias("LiveFair.ChatAuthor")]
public sealed record ChatAuthor
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required string DisplayName { get; init; }

    /// <summary>Hosts and helpers of the room's organisation; their messages are labelled as staff.</summary>
    [Id(2)] public bool IsStaff { get; init; }
}
