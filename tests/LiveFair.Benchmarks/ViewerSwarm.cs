using System.Diagnostics;
using System.Text.Json.Serialization;
using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFair.Benchmarks;

/// <summary>
/// N viewers, each its own SignalR WebSocket connection built exactly as <c>LiveFairTestHost.ConnectAsync</c>
/// builds one (WebSockets, no negotiation, JSON with string enums or MessagePack). The same code serves
/// the baseline and LiveFair; only the hub address and the join call differ. Optionally with stateful
/// reconnect, which LiveFair's browser client uses and which makes the server keep unacknowledged messages.
/// </summary>
internal sealed class ViewerSwarm : IAsyncDisposable
{
    private const int Attempts = 3;
    private readonly HubConnection?[] _connections;
    private long _closed;

    public ViewerSwarm(int viewers) => _connections = new HubConnection?[viewers];

    public int Count => _connections.Length;

    /// <summary>Connections the server or the network closed while the run was going on.</summary>
    public long Closed => Interlocked.Read(ref _closed);

    public async Task ConnectAllAsync(IFanoutTarget target, ReceiptLog log, bool messagePack, bool statefulReconnect, int batch, TimeSpan deadline)
    {
        using var overall = new CancellationTokenSource(deadline);
        var started = Stopwatch.StartNew();
        for (var first = 0; first < _connections.Length; first += batch)
        {
            var last = Math.Min(first + batch, _connections.Length);
            var tasks = new Task[last - first];
            for (var viewer = first; viewer < last; viewer++)
            {
                tasks[viewer - first] = ConnectOneAsync(viewer, target, log, messagePack, statefulReconnect, overall.Token);
            }

            await Task.WhenAll(tasks);
            if (last % 1000 == 0 || last == _connections.Length)
            {
                Console.WriteLine($"    {last,6} viewers joined ({started.Elapsed.TotalSeconds:F1} s)");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Stop in parallel batches, each bounded: a stuck close must not hold up the next run.
        const int batch = 500;
        for (var first = 0; first < _connections.Length; first += batch)
        {
            var last = Math.Min(first + batch, _connections.Length);
            var tasks = new List<Task>(last - first);
            for (var viewer = first; viewer < last; viewer++)
            {
                if (_connections[viewer] is { } connection)
                {
                    _connections[viewer] = null;
                    tasks.Add(StopQuietlyAsync(connection));
                }
            }

            await Task.WhenAll(tasks);
        }
    }

    private static async Task StopQuietlyAsync(HubConnection connection)
    {
        try
        {
            await connection.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The server may already be gone; the socket is closed with the process-level host anyway.
        }
    }

    private async Task ConnectOneAsync(int viewer, IFanoutTarget target, ReceiptLog log, bool messagePack, bool statefulReconnect, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = Build(target.HubUrl, messagePack, statefulReconnect);
            connection.On<RoomEvent>("roomEvent", roomEvent => log.Record(viewer, roomEvent, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref _closed);
                return Task.CompletedTask;
            };
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(60));
                await connection.StartAsync(timeout.Token);
                await target.JoinAsync(connection, timeout.Token);
                _connections[viewer] = connection;
                return;
            }
            catch (Exception exception) when (attempt < Attempts && !cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                Console.WriteLine($"    viewer {viewer}: attempt {attempt} failed ({exception.GetType().Name}: {exception.Message}); retrying");
                await StopQuietlyAsync(connection);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
            catch
            {
                await StopQuietlyAsync(connection);
                throw;
            }
        }
    }

    private static HubConnection Build(Uri hubUrl, bool messagePack, bool statefulReconnect)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, options => options.SkipNegotiation = true);
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        else
        {
            builder.AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        }

        if (statefulReconnect)
        {
            builder.WithStatefulReconnect();
        }

        return builder.Build();
    }
}
