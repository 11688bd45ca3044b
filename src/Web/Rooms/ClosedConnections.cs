using System.Collections.Concurrent;

namespace LiveFair.Web.Rooms;

/// <summary>
/// Hub connections that have closed, kept for a while. SignalR runs <c>OnDisconnectedAsync</c> without waiting
/// for hub calls still in flight, so a room join or a booth watch can finish after the connection's cleanup;
/// such a call looks here and undoes itself instead of leaving a ghost behind.
/// </summary>
public sealed class ClosedConnections(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _closed = new();

    public void Add(string connectionId) => _closed[connectionId] = time.GetUtcNow();

    public bool Contains(string connectionId) => _closed.ContainsKey(connectionId);

    /// <summary>Long after a close no call of that connection can still be running.</summary>
    public void ForgetOld()
    {
        var cutoff = time.GetUtcNow() - Memory;
        foreach (var (connectionId, closedAt) in _closed)
        {
            if (closedAt < cutoff)
            {
                _closed.TryRemove(connectionId, out _);
            }
        }
    }
}
