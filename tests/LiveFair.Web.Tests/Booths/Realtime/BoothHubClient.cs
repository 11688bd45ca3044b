using System.Collections.Concurrent;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Booths;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>
/// A real room-hub connection (JSON, as browsers use it) that records every booth message and room event it
/// receives exactly as sent, so tests can read them typed and also search the raw payloads for person ids.
/// </summary>
internal sealed class BoothHubClient : IAsyncDisposable
{
    public static readonly string[] BoothMethods = [BoothFanout.PlaceMethod, BoothFanout.QueueMethod, BoothFanout.InterviewMethod];

    private readonly ConcurrentQueue<Received> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private bool _disposed;

    private BoothHubClient(HubConnection connection, TestPerson? person)
    {
        Connection = connection;
        Person = person;
        foreach (var method in BoothMethods.Append(RoomHub.EventMethod))
        {
            connection.On<JsonElement>(method, payload =>
            {
                _received.Enqueue(new Received(method, payload.Clone()));
                _arrived.Release();
            });
        }
    }

    public HubConnection Connection { get; }

    public TestPerson? Person { get; }

    public IReadOnlyList<Received> All => [.. _received];

    /// <summary>Booth messages only (room events left out).</summary>
    public IReadOnlyList<Received> BoothMessages => [.. _received.Where(r => r.Method != RoomHub.EventMethod)];

    public IReadOnlyList<QueuePlace> Places => Read<QueuePlace>(BoothFanout.PlaceMethod);

    public IReadOnlyList<BoothQueueSummary> Summaries => Read<BoothQueueSummary>(BoothFanout.QueueMethod);

    public IReadOnlyList<InterviewClientEvent> InterviewEvents => Read<InterviewClientEvent>(BoothFanout.InterviewMethod);

    /// <summary>Connects signed in as <paramref name="person"/>, or anonymously when null.</summary>
    public static async Task<BoothHubClient> ConnectAsync(LiveFairTestHost host, TestPerson? person)
    {
        ArgumentNullException.ThrowIfNull(host);
        var cookies = person is null ? null : await host.SignInAsync(person);
        var connection = await host.ConnectAsync(cookies);
        return new BoothHubClient(connection, person);
    }

    public Task<QueuePlace> WatchBoothAsync(Booth booth) =>
        Connection.InvokeAsync<QueuePlace>("WatchBooth", booth.RoomId, booth.EmployerId);

    public Task WatchConsoleAsync(Booth booth) =>
        Connection.InvokeAsync("WatchBoothConsole", booth.RoomId, booth.EmployerId);

    public Task TypingAsync(Booth booth, string applicationId) =>
        Connection.InvokeAsync("InterviewTyping", booth.RoomId, booth.EmployerId, applicationId);

    public Task<RoomCatchUp> JoinRoomAsync(string roomId) => Connection.InvokeAsync<RoomCatchUp>("JoinRoom", roomId, null);

    public Task<QueuePlace> WaitForPlaceAsync(Func<QueuePlace, bool> match) => WaitForAsync(BoothFanout.PlaceMethod, match);

    public Task<BoothQueueSummary> WaitForSummaryAsync(Func<BoothQueueSummary, bool> match) => WaitForAsync(BoothFanout.QueueMethod, match);

    public Task<InterviewClientEvent> WaitForInterviewAsync(Func<InterviewClientEvent, bool> match) => WaitForAsync(BoothFanout.InterviewMethod, match);

    public Task<RoomEvent> WaitForRoomEventAsync(Func<RoomEvent, bool> match) => WaitForAsync(RoomHub.EventMethod, match);

    /// <summary>Waits (generously: the machine is shared) until a message of <paramref name="method"/> matches.</summary>
    public async Task<T> WaitForAsync<T>(string method, Func<T, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Read<T>(method).FirstOrDefault(match);
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
                throw new TimeoutException($"No matching {method} arrived for {Person?.DisplayName ?? "anonymous"}; received: " +
                    string.Join(" | ", _received.Select(r => r.Method + " " + r.Payload.GetRawText())));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }

    private List<T> Read<T>(string method) =>
        [.. _received.Where(r => r.Method == method).Select(r => r.Payload.Deserialize<T>(BoothsFixture.Json)!)];

    internal sealed record Received(string Method, JsonElement Payload);
}
