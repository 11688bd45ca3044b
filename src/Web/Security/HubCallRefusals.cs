namespace LiveFair.Web.Security;

/// <summary>
/// Refused calls of one connection within a time window. A client that is told "rate_limited" and still
/// keeps sending is not a person typing; counting its refusals is how it is told apart and cut off.
/// </summary>
internal sealed class HubCallRefusals(TimeProvider time)
{
    private readonly Lock _lock = new();
    private long _windowStart;
    private int _count;

    /// <summary>Counts one refusal and returns how many fell in the current window, this one included.</summary>
    public int Add(TimeSpan window)
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            if (_count == 0 || time.GetElapsedTime(_windowStart, now) > window)
            {
                _windowStart = now;
                _count = 0;
            }

            return ++_count;
        }
    }
}
