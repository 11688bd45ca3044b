using System.Collections.Concurrent;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Observability;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Rooms;

/// <summary>
/// Keeps exactly one subscription per room that has at least one viewer on this node, renews it, and
/// reports this node's viewer count with it. Viewers join SignalR groups; the room grain only knows nodes.
/// </summary>
public sealed partial class RoomFanout(
    IGrainFactory grains,
    IHubContext<RoomHub> hub,
    LiveFairMetrics metrics,
    TimeProvider time,
    IOptions<RoomFanoutOptions> options,
    ClosedConnections closedConnections,
    ILogger<RoomFanout> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, LocalRoom> _rooms = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _roomsByConnection = new();

    // Signed-in connections only: a block must find the blocked person's connections on this node.
    private readonly ConcurrentDictionary<string, string> _personByConnection = new();

    // Views (人次) counted since the last report, per room. Kept apart from the subscriptions so a room
    // whose last viewer already left still reports the views it had.
    private readonly ConcurrentDictionary<string, int> _unreportedViews = new();

    public int LocalRoomCount => _rooms.Count;

    public int LocalViewers(string roomId) => _rooms.TryGetValue(roomId, out var room) ? room.ViewerCount : 0;

    /// <summary>Adds a connection to a room's group, subscribing this node to the room if it is the first.</summary>
    public async Task AddViewerAsync(string roomId, string connectionId, string? personId = null)
    {
        if (personId is not null)
        {
            _personByConnection[connectionId] = personId;
        }

        var added = await AddViewerCoreAsync(roomId, connectionId);
        if (closedConnections.Contains(connectionId))
        {
            // The connection closed while it joined, and its cleanup may have run before this room was
            // recorded for it: undo this room directly, and drop any bookkeeping the join re-created.
            await RemoveViewerAsync(roomId, connectionId);
            _roomsByConnection.TryRemove(connectionId, out _);
            _personByConnection.TryRemove(connectionId, out _);
            throw new HubException("room.connection_closed: The connection closed while joining.");
        }

        if (added)
        {
            // A connection joining a room it already watches (a repeated join) is not another visit.
            _unreportedViews.AddOrUpdate(roomId, 1, (_, views) => views + 1);
        }
    }

    /// <summary>True when the connection was not yet watching the room.</summary>
    private async Task<bool> AddViewerCoreAsync(string roomId, string connectionId)
    {
        var rooms = _roomsByConnection.GetOrAdd(connectionId, _ => new());
        if (!rooms.ContainsKey(roomId) && rooms.Count >= options.Value.MaxRoomsPerConnection)
        {
            throw new HubException($"room.too_many: One connection may watch at most {options.Value.MaxRoomsPerConnection} rooms.");
        }

        await hub.Groups.AddToGroupAsync(connectionId, RoomGroups.For(roomId));
        while (true)
        {
            var room = _rooms.GetOrAdd(roomId, id => new LocalRoom(id));
            await room.Gate.WaitAsync();
            try
            {
                if (room.Closed)
                {
                    continue; // removed while we waited; take the replacement
                }

                if (room.Reference is null)
                {
                    await SubscribeAsync(room, viewers: 1);
                }

                var added = room.Connections.Add(connectionId);
                room.SyncCount();
                room.CountChanged = true;
                rooms.TryAdd(roomId, 0);
                return added;
            }
            catch
            {
                if (room.Connections.Count == 0)
                {
                    Close(room);
                }

                await hub.Groups.RemoveFromGroupAsync(connectionId, RoomGroups.For(roomId));
                throw;
            }
            finally
            {
                room.Gate.Release();
            }
        }
    }

    public async Task RemoveViewerAsync(string roomId, string connectionId)
    {
        if (_roomsByConnection.TryGetValue(connectionId, out var rooms))
        {
            rooms.TryRemove(roomId, out _);
        }

        await hub.Groups.RemoveFromGroupAsync(connectionId, RoomGroups.For(roomId));
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            return;
        }

        await room.Gate.WaitAsync();
        try
        {
            if (!room.Closed && room.Connections.Remove(connectionId))
            {
                room.SyncCount();
                room.CountChanged = true;
                if (room.Connections.Count == 0)
                {
                    await UnsubscribeAsync(room);
                }
            }
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>SignalR drops group membership itself when a connection closes; this drops the node's bookkeeping.</summary>
    public async Task RemoveConnectionAsync(string connectionId)
    {
        closedConnections.Add(connectionId);
        _personByConnection.TryRemove(connectionId, out _);
        if (_roomsByConnection.TryRemove(connectionId, out var rooms))
        {
            foreach (var roomId in rooms.Keys)
            {
                try
                {
                    await RemoveViewerAsync(roomId, connectionId);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Keep going: the other rooms must not keep counting a viewer who left. A subscription
                    // this node failed to cancel expires at the grain on its own.
                    LogRenewFailed(exception, roomId);
                }
            }
        }
    }

    /// <summary>
    /// Drops a blocked person's connections on this node from the room and tells each of them why
    /// (client method <see cref="RoomHub.RemovedMethod"/>); other rooms they watch are untouched.
    /// </summary>
    public async Task RemovePersonAsync(string roomId, string personId)
    {
        foreach (var (connectionId, person) in _personByConnection)
        {
            if (person != personId || !_roomsByConnection.TryGetValue(connectionId, out var rooms) || !rooms.ContainsKey(roomId))
            {
                continue;
            }

            await RemoveViewerAsync(roomId, connectionId);
            await hub.Clients.Client(connectionId).SendAsync(RoomHub.RemovedMethod, roomId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ViewerReportInterval, time);
        var lastRenewal = time.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var renewAll = time.GetUtcNow() - lastRenewal >= options.Value.RenewInterval;
            if (renewAll)
            {
                lastRenewal = time.GetUtcNow();
                closedConnections.ForgetOld();
            }

            foreach (var room in _rooms.Values)
            {
                if (renewAll || room.CountChanged)
                {
                    await RenewAsync(room);
                }
            }

            await ReportViewsAsync();
        }
    }

    /// <summary>One call per room and tick however many viewers joined; a count that fails to arrive is kept for the next tick.</summary>
    private async Task ReportViewsAsync()
    {
        foreach (var roomId in _unreportedViews.Keys)
        {
            if (!_unreportedViews.TryRemove(roomId, out var views) || views == 0)
            {
                continue;
            }

            try
            {
                await grains.GetGrain<IRoomGrain>(roomId).AddViews(views);
            }
            catch (DomainException exception)
            {
                // Refused, not lost in transit: sending it again would be refused again, forever.
                LogViewReportRefused(exception, roomId);
            }
            catch (Exception exception)
            {
                _unreportedViews.AddOrUpdate(roomId, views, (_, newer) => newer + views);
                LogViewReportFailed(exception, roomId);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReportViewsAsync();
        foreach (var room in _rooms.Values)
        {
            try
            {
                await UnsubscribeAsync(room);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewFailed(exception, room.RoomId);
            }
        }
    }


    private async Task RenewAsync(LocalRoom room)
    {
        await room.Gate.WaitAsync();
        try
        {
            if (room.Closed || room.Reference is null)
            {
                return;
            }

            room.CountChanged = false;
            await grains.GetGrain<IRoomGrain>(room.RoomId).Subscribe(room.Reference, room.Connections.Count);
        }
        catch (Exception exception)
        {
            // The next tick tries again; meanwhile viewers still receive events if the grain kept us.
            room.CountChanged = true;
            LogRenewFailed(exception, room.RoomId);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    private async Task SubscribeAsync(LocalRoom room, int viewers)
    {
        var observer = new RoomNodeObserver(room.RoomId, hub, metrics, () => room.ViewerCount, personId => RemovePersonAsync(room.RoomId, personId), time);
        var reference = grains.CreateObjectReference<IRoomObserver>(observer);
        try
        {
            await grains.GetGrain<IRoomGrain>(room.RoomId).Subscribe(reference, viewers);
        }
        catch
        {
            grains.DeleteObjectReference<IRoomObserver>(reference);
            throw;
        }

        room.Observer = observer;
        room.Reference = reference;
        LogSubscribed(room.RoomId);
    }

    private async Task UnsubscribeAsync(LocalRoom room)
    {
        var reference = room.Reference;
        Close(room);
        if (reference is not null)
        {
            try
            {
                await grains.GetGrain<IRoomGrain>(room.RoomId).Unsubscribe(reference);
            }
            finally
            {
                grains.DeleteObjectReference<IRoomObserver>(reference);
            }

            LogUnsubscribed(room.RoomId);
        }
    }

    private void Close(LocalRoom room)
    {
        room.Closed = true;
        room.Reference = null;
        room.Observer = null;
        _rooms.TryRemove(new KeyValuePair<string, LocalRoom>(room.RoomId, room));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Node subscribed to room {RoomId}")]
    private partial void LogSubscribed(string roomId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Node unsubscribed from room {RoomId}")]
    private partial void LogUnsubscribed(string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew this node's subscription to room {RoomId}")]
    private partial void LogRenewFailed(Exception exception, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report this node's views of room {RoomId}; they are kept for the next tick")]
    private partial void LogViewReportFailed(Exception exception, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId} refused this node's views; they are dropped")]
    private partial void LogViewReportRefused(Exception exception, string roomId);

    private sealed class LocalRoom(string roomId)
    {
        public string RoomId { get; } = roomId;
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public HashSet<string> Connections { get; } = [];
        public int ViewerCount => Volatile.Read(ref _viewerCount);
        public bool CountChanged { get; set; }
        public bool Closed { get; set; }

        // Kept so the observer object stays alive: Orleans holds object references weakly.
        public IRoomObserver? Observer { get; set; }
        public IRoomObserver? Reference { get; set; }

        private int _viewerCount;

        public void SyncCount() => Volatile.Write(ref _viewerCount, Connections.Count);
    }
}
