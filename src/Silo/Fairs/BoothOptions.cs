namespace LiveFair.Silo.Fairs;

/// <summary>Bound from the <c>Booths</c> configuration section.</summary>
public sealed class BoothOptions
{
    public const string SectionName = "Booths";

    /// <summary>How often a booth looks for unanswered calls and people away longer than the grace.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Web node that has not renewed its subscription for this long is dropped.</summary>
    public TimeSpan SubscriptionExpiry { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Tickets are reserved in blocks and the reservation persisted, so joining does not write the booth's state
    /// and a booth that restarts continues above every ticket it handed out.
    /// </summary>
    public int TicketBlockSize { get; set; } = 100;

    /// <summary>Finished applications the recruiter console lists.</summary>
    public int ConsoleRecentCount { get; set; } = 20;

    public string? Problem() =>
        SweepInterval <= TimeSpan.Zero ? "Booths:SweepInterval must be positive."
        : SubscriptionExpiry <= TimeSpan.Zero ? "Booths:SubscriptionExpiry must be positive."
        : TicketBlockSize < 1 ? "Booths:TicketBlockSize must be at least 1, or tickets could repeat after a restart."
        : ConsoleRecentCount < 0 ? "Booths:ConsoleRecentCount must not be negative."
        : null;
}
