using LiveFair.Contracts.Chat;

namespace LiveFair.Silo.Chat;

/// <summary>
/// A sliding window per person: at most <see cref="ChatLimits.RateLimit"/> posts in any
/// <see cref="ChatLimits.RateWindow"/>. Kept in memory by the room's chat grain.
/// </summary>
internal sealed class ChatRateLimiter
{
    // Beyond this many tracked people, forget those who have not posted within the window.
    private const int PruneAbove = 256;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _posts = new(StringComparer.Ordinal);

    public bool Allows(string personId, DateTimeOffset now) =>
        !_posts.TryGetValue(personId, out var times) || Recent(times, now) < ChatLimits.RateLimit;

    public void Record(string personId, DateTimeOffset now)
    {
        if (!_posts.TryGetValue(personId, out var times))
        {
            if (_posts.Count >= PruneAbove)
            {
                Prune(now);
            }

            times = new Queue<DateTimeOffset>();
            _posts[personId] = times;
        }

        Recent(times, now);
        times.Enqueue(now);
    }

    public void Forget(string personId) => _posts.Remove(personId);

    private static int Recent(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.TryPeek(out var oldest) && now - oldest >= ChatLimits.RateWindow)
        {
            times.Dequeue();
        }

        return times.Count;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (personId, times) in _posts)
        {
            if (Recent(times, now) == 0)
            {
                _posts.Remove(personId);
            }
        }
    }
}
