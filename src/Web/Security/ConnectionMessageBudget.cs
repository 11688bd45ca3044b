namespace LiveFair.Web.Security;

/// <summary>
/// A token bucket for the messages of one connection. Not thread-safe: only its connection's read loop
/// uses it, and SignalR parses one connection's messages one after another.
/// </summary>
internal sealed class ConnectionMessageBudget(int limit, int perSecond, TimeProvider time)
{
    private double _tokens = limit;
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(limit, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
        _last = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}
