namespace LiveFair.Contracts.Chat;

public static class ChatLimits
{
    public const int MessageLength = 300;
    public const int ReasonLength = 200;
    public const int DisplayName = 40;

    /// <summary>Messages kept for people who join late.</summary>
    public const int History = 100;

    /// <summary>A person may post this many messages in <see cref="RateWindow"/>.</summary>
    public const int RateLimit = 5;
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan ShortestMute = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestMute = TimeSpan.FromDays(1);
}
