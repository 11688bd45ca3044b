namespace LiveFair.Web.Booths;

/// <summary>
/// One booth as this node sees it: who watches it here. Watchers change under <see cref="Gate"/> (and a lock,
/// because the observer reads them while deliveries run); deliveries work on a copy.
/// </summary>
internal sealed class LocalBooth(string boothId)
{
    private readonly Dictionary<string, Watcher> _watchers = [];
    private readonly Lock _lock = new();

    public string BoothId { get; } = boothId;
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public bool Closed { get; set; }

    // Kept so the observer object stays alive: Orleans holds object references weakly.
    public object? Observer { get; set; }
    public Contracts.Fairs.IBoothObserver? Reference { get; set; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _watchers.Count;
            }
        }
    }

    public void Add(string connectionId, Watcher watcher)
    {
        lock (_lock)
        {
            // A second watch from the same connection keeps what the first learned (its ticket).
            if (!_watchers.TryGetValue(connectionId, out var existing) || existing.Recruiter != watcher.Recruiter)
            {
                _watchers[connectionId] = watcher;
            }
        }
    }

    public void SetTicket(string connectionId, long ticket, string applicationId)
    {
        lock (_lock)
        {
            if (_watchers.TryGetValue(connectionId, out var watcher))
            {
                _watchers[connectionId] = watcher with { Ticket = ticket, ApplicationId = applicationId };
            }
        }
    }

    public Watcher? Remove(string connectionId)
    {
        lock (_lock)
        {
            return _watchers.Remove(connectionId, out var watcher) ? watcher : null;
        }
    }

    /// <summary>How many of this person's connections watch the booth as an applicant here.</summary>
    public int ConnectionsOf(string personId)
    {
        lock (_lock)
        {
            return _watchers.Values.Count(w => !w.Recruiter && w.PersonId == personId);
        }
    }

    public KeyValuePair<string, Watcher>[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _watchers];
        }
    }
}

/// <summary>A connection watching a booth: an applicant (with their ticket once they have one) or a recruiter.</summary>
internal sealed record Watcher(string PersonId, bool Recruiter, long? Ticket = null, string? ApplicationId = null);
