using System.Collections.Concurrent;
using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveFair.Testing;

/// <summary>Collects the room events a test client receives, and waits for them with a deadline.</summary>
public sealed class RoomEventRecorder : IDisposable
{
    private readonly ConcurrentQueue<RoomEvent> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public RoomEventRecorder(HubConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.On<RoomEvent>("roomEvent", e =>
        {
            _events.Enqueue(e);
            _arrived.Release();
        });
    }

    public IReadOnlyList<RoomEvent> Events => [.. _events];

    /// <summary>Waits until an event matches, or fails after <paramref name="timeout"/> (10 s by default).</summary>
    public async Task<RoomEvent> WaitForAsync(Func<RoomEvent, bool> match, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _events.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching room event arrived; received {_events.Count}: " +
                    string.Join(", ", _events.Select(e => $"{e.Sequence}:{e.Kind}")));
            }
        }
    }

    public void Dispose() => _arrived.Dispose();
}
