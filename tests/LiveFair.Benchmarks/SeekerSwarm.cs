using System.Diagnostics;
using System.Net;
using System.Text.Json.Serialization;
using LiveFair.Contracts.Fairs;
using LiveFair.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFair.Benchmarks;

/// <summary>
/// N job seekers, each a registered person signed in with their own cookie and holding their own SignalR
/// connection to <c>/hubs/room</c> (WebSockets, JSON with string enums, as the browser's queue page uses).
/// Every <c>queuePlace</c> a seeker receives is checked against the place they should have in the current
/// round: position exactly one lower than the round before. Writes to a seeker's slots come only from that
/// seeker's connection, whose handlers SignalR runs one at a time.
/// </summary>
internal sealed class SeekerSwarm(int seekers, int rounds) : IAsyncDisposable
{
    private const int Attempts = 3;
    private readonly TestPerson[] _people = new TestPerson[seekers];
    private readonly CookieContainer[] _cookies = new CookieContainer[seekers];
    private readonly HubConnection?[] _connections = new HubConnection?[seekers];

    /// <summary>Position when the seeker started watching (1 = first in line).</summary>
    private readonly int[] _joinedAt = new int[seekers];

    /// <summary>Per round (1-based), per seeker: timestamp of the expected place, 0 until it arrives.</summary>
    private readonly long[][] _received = [.. Enumerable.Range(0, rounds + 1).Select(_ => new long[seekers])];
    private readonly long[] _delivered = new long[rounds + 1];
    private readonly long[] _calledAt = new long[rounds + 1];
    private int _round;
    private long _duplicates;
    private long _unexpected;
    private long _stillCalled;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _unexpectedExamples = new();
    private long _closed;

    public int Count => seekers;

    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Places that were neither the expected new position nor the called state (a wrong position).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public long Closed => Interlocked.Read(ref _closed);

    /// <summary>"Still called" places sent to people called in an earlier round (correct, not counted as deliveries).</summary>
    public long StillCalled => Interlocked.Read(ref _stillCalled);

    public IReadOnlyList<string> UnexpectedExamples => [.. _unexpectedExamples];

    public long[] JoinTicks { get; } = new long[seekers];

    public long[] ApplyTicks { get; } = new long[seekers];

    public long[] WatchTicks { get; } = new long[seekers];

    public int Position(int seeker) => _joinedAt[seeker];

    public long Delivered(int round) => Interlocked.Read(ref _delivered[round]);

    public long ReceivedAt(int round, int seeker) => Volatile.Read(ref _received[round][seeker]);

    /// <summary>When the person called in this round saw that they were called (0 if never).</summary>
    public long CalledAt(int round) => Interlocked.Read(ref _calledAt[round]);

    /// <summary>From now on places are checked against <paramref name="round"/>.</summary>
    public void BeginRound(int round) => Volatile.Write(ref _round, round);

    /// <summary>Seekers still waiting after <paramref name="round"/> calls: everyone who joined behind the called ones.</summary>
    public int ExpectedIn(int round) => _joinedAt.Count(p => p > round);

    public Task CreateAccountsAsync(LiveFairTestHost host, int concurrency) =>
        ForEachAsync(concurrency, async i => _people[i] = await host.CreatePersonAsync($"求职者 Seeker {i + 1}"));

    public Task SignInAllAsync(LiveFairTestHost host, int concurrency) =>
        ForEachAsync(concurrency, async i => _cookies[i] = await host.SignInAsync(_people[i]));

    public async Task ConnectAllAsync(Uri hubUrl, int batch, TimeSpan deadline)
    {
        using var overall = new CancellationTokenSource(deadline);
        var started = Stopwatch.StartNew();
        for (var first = 0; first < seekers; first += batch)
        {
            var last = Math.Min(first + batch, seekers);
            await Task.WhenAll(Enumerable.Range(first, last - first).Select(i => ConnectOneAsync(i, hubUrl, overall.Token)));
            if (last % 1000 == 0 || last == seekers)
            {
                Console.WriteLine($"    {last,6} seekers connected ({started.Elapsed.TotalSeconds:F1} s)");
            }
        }
    }

    /// <summary>
    /// Each seeker applies (through the booth grain, as the apply endpoint does for the signed-in caller) and
    /// then calls <c>WatchBooth</c> on their own connection; the join ends when the hub returns their place.
    /// </summary>
    public Task JoinAllAsync(QueueFair fair, int concurrency)
    {
        var done = 0;
        var started = Stopwatch.StartNew();
        return ForEachAsync(concurrency, async i =>
        {
            var person = _people[i];
            var start = Stopwatch.GetTimestamp();
            var applied = await fair.Booth.Apply(
                new Applicant { PersonId = person.Id, DisplayName = person.DisplayName },
                new ApplyInput { JobId = fair.JobId });
            var afterApply = Stopwatch.GetTimestamp();
            var place = await _connections[i]!.InvokeAsync<QueuePlace>("WatchBooth", fair.RoomId, fair.EmployerId);
            var end = Stopwatch.GetTimestamp();
            if (place.State != QueueState.Waiting || place.Position is not int position || place.Ticket != applied.Ticket)
            {
                throw new InvalidOperationException($"Seeker {i} applied (ticket {applied.Ticket}) but watches {place.State} at {place.Position} (ticket {place.Ticket}).");
            }

            _joinedAt[i] = position;
            ApplyTicks[i] = afterApply - start;
            WatchTicks[i] = end - afterApply;
            JoinTicks[i] = end - start;
            var count = Interlocked.Increment(ref done);
            if (count % 1000 == 0 || count == seekers)
            {
                Console.WriteLine($"    {count,6} seekers in the queue ({started.Elapsed.TotalSeconds:F1} s)");
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        const int batch = 500;
        for (var first = 0; first < seekers; first += batch)
        {
            var tasks = new List<Task>();
            for (var i = first; i < Math.Min(first + batch, seekers); i++)
            {
                if (_connections[i] is { } connection)
                {
                    _connections[i] = null;
                    tasks.Add(StopQuietlyAsync(connection));
                }
            }

            await Task.WhenAll(tasks);
        }
    }

    public static HubConnection Build(Uri hubUrl, CookieContainer cookies) =>
        new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.Cookies = cookies;
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    public static async Task StopQuietlyAsync(HubConnection connection)
    {
        try
        {
            await connection.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The server may already be gone; the process-level host closes the socket anyway.
        }
    }

    private void OnPlace(int seeker, QueuePlace place)
    {
        var now = Stopwatch.GetTimestamp();
        var round = Volatile.Read(ref _round);
        var joinedAt = _joinedAt[seeker];
        if (round > 0 && place.State == QueueState.Waiting && place.Position == joinedAt - round)
        {
            if (_received[round][seeker] != 0)
            {
                Interlocked.Increment(ref _duplicates);
                return;
            }

            Volatile.Write(ref _received[round][seeker], now);
            Interlocked.Increment(ref _delivered[round]);
        }
        else if (round > 0 && place.State == QueueState.Called && joinedAt == round)
        {
            Interlocked.CompareExchange(ref _calledAt[round], now, 0);
        }
        else if (round > 0 && place.State == QueueState.Called && joinedAt < round)
        {
            // Called in an earlier round and not answering: every later queue change tells them again.
            Interlocked.Increment(ref _stillCalled);
        }
        else
        {
            if (Interlocked.Increment(ref _unexpected) <= 10)
            {
                _unexpectedExamples.Enqueue($"round {round}: seeker joined at {joinedAt} got {place.State} at {place.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            }
        }
    }

    private async Task ConnectOneAsync(int seeker, Uri hubUrl, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = Build(hubUrl, _cookies[seeker]);
            connection.On<QueuePlace>(Web.Booths.BoothFanout.PlaceMethod, place => OnPlace(seeker, place));
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
                _connections[seeker] = connection;
                return;
            }
            catch (Exception exception) when (attempt < Attempts && !cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                Console.WriteLine($"    seeker {seeker}: attempt {attempt} failed ({exception.GetType().Name}: {exception.Message}); retrying");
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

    private async Task ForEachAsync(int concurrency, Func<int, Task> work)
    {
        var next = -1;
        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < seekers)
            {
                await work(i);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, seekers)).Select(_ => Task.Run(WorkerAsync)));
    }
}
