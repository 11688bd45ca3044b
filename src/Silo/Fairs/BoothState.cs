using LiveFair.Contracts.Fairs;

using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// What a booth grain persists: small and of fixed size. The queue is not here: it is rebuilt from the
/// application index, so a join writes only its own application.
/// </summary>
public sealed class BoothState : IRestorableState<BoothState>
{
    /// <summary>Set by Create; the booth exists exactly while this is set.</summary>
    public BoothSetup? Setup { get; set; }

    public string EmployerName { get; set; } = "";
    public BoothSettings Settings { get; set; } = new();
    public BoothStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every ticket up to here may have been handed out; a restarted booth continues above it.</summary>
    public long TicketsReservedThrough { get; set; }

    /// <summary>
    /// Applications counted as of the last write, which covered every ticket up to <see cref="CountedThroughTicket"/>;
    /// on activation the index adds those with higher tickets, so joins need not write this state.
    /// </summary>
    public long Applications { get; set; }

    public long CountedThroughTicket { get; set; }
    public int Interviews { get; set; }
    public int Intentions { get; set; }
    public int Offers { get; set; }
    public int NotSuitable { get; set; }
    public int NoShows { get; set; }

    /// <summary>The newest interview lengths, oldest first, at most <see cref="BoothLimits.InterviewsAveraged"/>.</summary>
    public List<TimeSpan> RecentInterviewLengths { get; set; } = [];

    public long Version { get; set; }

    /// <summary>A copy that shares no list with this one, so a failed write can put the old state back.</summary>
    public BoothState Copy()
    {
        var copy = (BoothState)MemberwiseClone();
        copy.RecentInterviewLengths = [.. RecentInterviewLengths];
        return copy;
    }

    /// <summary>Moves one application from one outcome's count to another's (either may be none).</summary>
    public void CountOutcome(ApplicationOutcome? previous, ApplicationOutcome? next)
    {
        if (previous == next)
        {
            return;
        }

        Add(previous, -1);
        Add(next, 1);
    }

    private void Add(ApplicationOutcome? outcome, int delta)
    {
        switch (outcome)
        {
            case ApplicationOutcome.Intention:
                Intentions += delta;
                break;
            case ApplicationOutcome.Offer:
                Offers += delta;
                break;
            case ApplicationOutcome.NotSuitable:
                NotSuitable += delta;
                break;
            case ApplicationOutcome.NoShow:
                NoShows += delta;
                break;
        }
    }
}
