using LiveFair.Contracts.Chat;

namespace LiveFair.Silo.Chat;

/// <summary>A message with its author's account id, which viewers never see but moderation, export and erasure need.</summary>
public sealed class StoredChatMessage
{
    public required ChatMessage Message { get; init; }

    public required string AuthorId { get; init; }
}
