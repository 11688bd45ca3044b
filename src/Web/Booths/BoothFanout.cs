using System.Collections.Concurrent;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Booths;

/// <summary>
/// This node's side of booth queues and interviews: one subscription per booth that has someone watching on
/// this node. A booth's updates reach only the people who watch that booth here — each waiting person gets
/// their own place, worked out on this node from the booth's tickets; recruiters get the queue's size; the two
/// sides of an interview get its events. Nobody else in the room receives any of it.
/// </summary>
public sealed partial class BoothFanout(
    IGrainFactory grains,
    IHubContext<RoomHub> hub,
    TimeProvider time,
    IOptions<BoothFanoutOptions> options,
    ClosedConnections closedConnections,
    ILogger<BoothFanout> logger) : BackgroundService
{
    public const string PlaceMethod = "queuePlace";
    public const string QueueMethod = "boothQueue";
    public const string InterviewMethod = "interviewEvent";

    private readonly ConcurrentDictionary<string, LocalBooth> _booths = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _boothsByConnection = new();

    public int LocalBoothCount => _booths.Count;

    /// <summary>Connections on this node watching the booth, recruiters included.</summary>
    public int LocalWatchers(string boothId) => _booths.TryGetValue(boothId, out var booth) ? booth.Count : 0;

    /// <summary>
    /// Watches a booth as a (possible) applicant: the caller's place is pushed whenever it moves. The first
    /// connection of a person here tells the booth they are present again.
    /// </summary>
    public async Task<QueuePlace> WatchAsApplicantAsync(string boothId, string connectionId, string personId)
    {
        var booth = await AddWatcherAsync(boothId, connectionId, new Watcher(personId, Recruiter: false));
        var place = await grains.GetGrain<IBoothGrain>(boothId).GetPlace(personId);
        if (place.ApplicationId is not null)
        {
            booth.SetTicket(connectionId, place.Ticket, place.ApplicationId);
        }

        var open = place.State is QueueState.Waiting or QueueState.Called;
        if (open && booth.ConnectionsOf(personId) == 1)
        {
            await grains.GetGrain<IBoothGrain>(boothId).SetPresence(personId, connected: true);
        }

        if (closedConnections.Contains(connectionId))
        {
            await UndoClosedWatchAsync(boothId, connectionId);

            // The cleanup's "away" may have reached the booth before this watch's "here": say it again, last.
            if (open && ApplicantConnections(boothId, personId) == 0)
            {
                await grains.GetGrain<IBoothGrain>(boothId).SetPresence(personId, connected: false);
            }

            throw ConnectionClosed();
        }

        return place;
    }

    /// <summary>Watches a booth as one of its recruiters; the hub has asked the booth first.</summary>
    public async Task WatchAsRecruiterAsync(string boothId, string connectionId, string personId)
    {
        await AddWatcherAsync(boothId, connectionId, new Watcher(personId, Recruiter: true));
        if (closedConnections.Contains(connectionId))
        {
            await UndoClosedWatchAsync(boothId, connectionId);
            throw ConnectionClosed();
        }
    }

    public async Task StopWatchingAsync(string boothId, string connectionId)
    {
        if (_boothsByConnection.TryGetValue(connectionId, out var booths))
        {
            booths.TryRemove(boothId, out _);
        }

        if (!_booths.TryGetValue(boothId, out var booth))
        {
            return;
        }

        Watcher? removed;
        var last = false;
        await booth.Gate.WaitAsync();
        try
        {
            removed = booth.Remove(connectionId);
            if (removed is not null && !booth.Closed && booth.Count == 0)
            {
                await UnsubscribeAsync(booth);
            }

            last = removed is { Recruiter: false, Ticket: not null } && booth.ConnectionsOf(removed.PersonId) == 0;
        }
        finally
        {
            booth.Gate.Release();
        }

        if (last)
        {
            // Their place is kept for the booth's grace period; if they come back within it, nothing is lost.
            await grains.GetGrain<IBoothGrain>(boothId).SetPresence(removed!.PersonId, connected: false);
        }
    }

    /// <summary>A closed connection stops watching every booth it watched.</summary>
    public async Task RemoveConnectionAsync(string connectionId)
    {
        closedConnections.Add(connectionId);
        if (!_boothsByConnection.TryRemove(connectionId, out var booths))
        {
            return;
        }

        foreach (var boothId in booths.Keys)
        {
            try
            {
                await StopWatchingAsync(boothId, connectionId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The other booths must still hear that this person left; the booth's subscription expires on its own.
                LogRenewFailed(exception, boothId);
            }
        }
    }

    /// <summary>Called by the observer, one update at a time per booth, in the order the booth sent them.</summary>
    internal async Task DeliverAsync(LocalBooth booth, BoothUpdate update)
    {
        var sends = new List<Task>();
        var watchers = booth.Snapshot();
        if (update.Queue is { } queue)
        {
            var positions = queue.Positions();
            foreach (var (connectionId, watcher) in watchers)
            {
                if (watcher.Recruiter)
                {
                    sends.Add(hub.Clients.Client(connectionId).SendAsync(QueueMethod, BoothQueueSummary.From(queue)));
                }
                else if (watcher.Ticket is { } ticket)
                {
                    sends.Add(hub.Clients.Client(connectionId).SendAsync(PlaceMethod, queue.PlaceOf(ticket, watcher.ApplicationId!, positions)));
                }
            }
        }
        else if (update.Interview is { } interview)
        {
            var clientEvent = InterviewClientEvent.From(interview);
            foreach (var (connectionId, watcher) in watchers)
            {
                if (watcher.PersonId == interview.ApplicantId || watcher.PersonId == interview.RecruiterId)
                {
                    // Typing is for the other side only; everything else both sides draw.
                    if (interview.Kind == InterviewEventKind.Typing && (watcher.PersonId == interview.ApplicantId) == interview.FromApplicant)
                    {
                        continue;
                    }

                    sends.Add(hub.Clients.Client(connectionId).SendAsync(InterviewMethod, clientEvent));
                }
            }
        }
        else
        {
            // A join at the end of the line moves nobody's place: only recruiters hear of it.
            var summary = new BoothQueueSummary { BoothId = update.BoothId, Waiting = update.Waiting };
            foreach (var (connectionId, watcher) in watchers)
            {
                if (watcher.Recruiter)
                {
                    sends.Add(hub.Clients.Client(connectionId).SendAsync(QueueMethod, summary));
                }
            }
        }

        await Task.WhenAll(sends);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            closedConnections.ForgetOld();
            foreach (var booth in _booths.Values)
            {
                await RenewAsync(booth);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var booth in _booths.Values)
        {
            try
            {
                await UnsubscribeAsync(booth);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewFailed(exception, booth.BoothId);
            }
        }
    }

    /// <summary>
    /// A watch that finished after its connection closed: the cleanup may have run before this booth was
    /// recorded for the connection, so the booth is undone directly, with any bookkeeping the watch re-created.
    /// </summary>
    private async Task UndoClosedWatchAsync(string boothId, string connectionId)
    {
        _boothsByConnection.TryRemove(connectionId, out _);
        await StopWatchingAsync(boothId, connectionId);
    }

    private static HubException ConnectionClosed() =>
        new("booth.connection_closed: The connection closed while it started watching the booth.");

    private int ApplicantConnections(string boothId, string personId) =>
        _booths.TryGetValue(boothId, out var booth) ? booth.ConnectionsOf(personId) : 0;


    private async Task<LocalBooth> AddWatcherAsync(string boothId, string connectionId, Watcher watcher)
    {
        var booths = _boothsByConnection.GetOrAdd(connectionId, _ => new());
        if (!booths.ContainsKey(boothId) && booths.Count >= options.Value.MaxBoothsPerConnection)
        {
            throw new HubException($"booth.too_many: One connection may watch at most {options.Value.MaxBoothsPerConnection} booths.");
        }

        while (true)
        {
            var booth = _booths.GetOrAdd(boothId, id => new LocalBooth(id));
            await booth.Gate.WaitAsync();
            try
            {
                if (booth.Closed)
                {
                    continue; // removed while we waited; take the replacement
                }

                if (booth.Reference is null)
                {
                    await SubscribeAsync(booth);
                }

                booth.Add(connectionId, watcher);
                booths.TryAdd(boothId, 0);
                return booth;
            }
            catch
            {
                if (booth.Count == 0)
                {
                    Close(booth);
                }

                throw;
            }
            finally
            {
                booth.Gate.Release();
            }
        }
    }

    private async Task RenewAsync(LocalBooth booth)
    {
        await booth.Gate.WaitAsync();
        try
        {
            if (!booth.Closed && booth.Reference is not null)
            {
                await grains.GetGrain<IBoothGrain>(booth.BoothId).Subscribe(booth.Reference);
            }
        }
        catch (Exception exception)
        {
            LogRenewFailed(exception, booth.BoothId);
        }
        finally
        {
            booth.Gate.Release();
        }
    }

    private async Task SubscribeAsync(LocalBooth booth)
    {
        var observer = new BoothNodeObserver(booth, this, logger);
        var reference = grains.CreateObjectReference<IBoothObserver>(observer);
        try
        {
            await grains.GetGrain<IBoothGrain>(booth.BoothId).Subscribe(reference);
        }
        catch
        {
            grains.DeleteObjectReference<IBoothObserver>(reference);
            throw;
        }

        booth.Observer = observer;
        booth.Reference = reference;
    }

    private async Task UnsubscribeAsync(LocalBooth booth)
    {
        var reference = booth.Reference;
        Close(booth);
        if (reference is not null)
        {
            try
            {
                await grains.GetGrain<IBoothGrain>(booth.BoothId).Unsubscribe(reference);
            }
            finally
            {
                grains.DeleteObjectReference<IBoothObserver>(reference);
            }
        }
    }

    private void Close(LocalBooth booth)
    {
        booth.Closed = true;
        booth.Reference = null;
        booth.Observer = null;
        _booths.TryRemove(new KeyValuePair<string, LocalBooth>(booth.BoothId, booth));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew or end this node's subscription to booth {BoothId}")]
    private partial void LogRenewFailed(Exception exception, string boothId);
}
