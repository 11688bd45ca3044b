namespace LiveFair.Web.Security;

/// <summary>
/// Limits on hub traffic (section <c>Security:HubRateLimit</c>). The defaults leave room for a captioner
/// holding a key down (console.js sends one partial per keystroke, one at a time, about 30 a second at
/// most) and for a viewer, who calls a handful of times per connection.
/// </summary>
public sealed class HubRateLimitOptions
{
    /// <summary>Hub method calls one person may make in a burst (anonymous viewers: one connection).</summary>
    public int TokenLimit { get; set; } = 100;

    /// <summary>How fast that allowance refills.</summary>
    public int TokensPerSecond { get; set; } = 50;

    /// <summary>Refused calls on one connection within <see cref="RejectionWindow"/> before it is disconnected.</summary>
    public int RejectionsBeforeDisconnect { get; set; } = 20;

    public TimeSpan RejectionWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Messages of any kind one connection may send in a burst, counted as they are parsed, so calls to
    /// unknown methods and other messages no hub filter sees are limited too. Exceeding it closes the connection.
    /// </summary>
    public int ConnectionMessageLimit { get; set; } = 200;

    public int ConnectionMessagesPerSecond { get; set; } = 100;

    public string? Problem() =>
        TokenLimit < 1 ? "Security:HubRateLimit:TokenLimit must be at least 1."
        : TokensPerSecond < 1 ? "Security:HubRateLimit:TokensPerSecond must be at least 1."
        : RejectionsBeforeDisconnect < 1 ? "Security:HubRateLimit:RejectionsBeforeDisconnect must be at least 1."
        : RejectionWindow <= TimeSpan.Zero ? "Security:HubRateLimit:RejectionWindow must be positive."
        : ConnectionMessagesPerSecond < TokensPerSecond ? "Security:HubRateLimit:ConnectionMessagesPerSecond must be at least TokensPerSecond."

        // Otherwise a flood of valid calls would be cut off before its caller was ever told "rate_limited".
        : ConnectionMessageLimit < TokenLimit + RejectionsBeforeDisconnect ? "Security:HubRateLimit:ConnectionMessageLimit must be at least TokenLimit + RejectionsBeforeDisconnect."
        : null;
}
