using LiveFair.Contracts.Chat;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Lobby;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Orleans.Utilities;

namespace LiveFair.Silo.Rooms;

/// <summary>
/// The single source of truth for one room. Each change is persisted before it is acknowledged and then
/// pushed, with the next sequence number, to the Web nodes that subscribed; those fan it out to viewers.
/// </summary>
public sealed partial class RoomGrain : Grain, IRoomGrain
{
    private readonly IPersistentState<RoomState> _state;
    private readonly RoomOptions _options;
    private readonly TimeProvider _time;
    private readonly LobbyReadModel _lobby;
    private readonly ILogger<RoomGrain> _logger;
    // Keyed by node; the viewer count travels with the subscription, so expiry drops both together.
    private readonly ObserverManager<IRoomObserver, NodeSubscription> _nodes;
    private readonly Dictionary<Guid, DateTimeOffset> _openSegments = [];
    private readonly Queue<CaptionSegment> _recent = new();
    private readonly FinishedCaptions _finished = new(256);
    private TranscriptStore _transcript = null!;
    private RoomEventLog _log = null!;
    private long _sequence;
    private CaptionSegment? _currentPartial;
    private int _viewers;

    public RoomGrain(
        [PersistentState("room", LiveFairStorage.Name)] IPersistentState<RoomState> state,
        IOptions<RoomOptions> options,
        TimeProvider time,
        LobbyReadModel lobby,
        ILogger<RoomGrain> logger)
    {
        _state = state;
        _options = options.Value;
        _time = time;
        _lobby = lobby;
        _logger = logger;
        _nodes = new ObserverManager<IRoomObserver, NodeSubscription>(_options.NodeSubscriptionExpiry, logger);
    }

    private string RoomId => this.GetPrimaryKeyString();

    private RoomState State => _state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(LiveFairStorage.Name);
        _transcript = new TranscriptStore(storage, RoomId);

        // Continue above every number this room may have handed out before it stopped.
        _sequence = State.SequenceReservedThrough;
        _log = new RoomEventLog(_options.EventLogCapacity, _sequence);

        if (State.Details is not null)
        {
            // Recent captions come from the open chunk and, reading backwards, as many sealed chunks as needed.
            var recent = new List<CaptionSegment>(State.OpenChunk);
            for (var chunk = State.SealedChunks - 1; chunk >= 0 && recent.Count < _options.RecentCaptionCount; chunk--)
            {
                recent.InsertRange(0, (await _transcript.ReadAsync(chunk)).Segments);
            }

            Remember(recent);
            foreach (var segment in recent)
            {
                // Their original numbers are gone with the old activation; at or below the floor, clients ignore them.
                _finished.Add(new RoomEvent { RoomId = RoomId, Sequence = _sequence, Kind = RoomEventKind.CaptionFinal, At = segment.ReceivedAt, Caption = segment });
            }

            // The read model may have missed the last change if the process stopped right after persisting.
            await ProjectAsync();
            await RefreshPinnedStockAsync();
            StartViewerCountTimer();
        }
    }

    /// <summary>Only rooms that exist count viewers; a made-up id must not leave a timer running.</summary>
    private void StartViewerCountTimer() =>
        this.RegisterGrainTimer(
            FlushViewerCountAsync,
            new GrainTimerCreationOptions(_options.ViewerCountInterval, _options.ViewerCountInterval) { KeepAlive = false });

    public async Task<RoomSnapshot> Schedule(RoomDetails details)
    {
        var validated = RoomDetailsRules.Validate(details);
        if (State.Status == RoomStatus.Ended)
        {
            throw RoomErrors.Ended();
        }

        var isNew = State.Details is null;
        if (!isNew && validated.Kind != State.Details!.Kind)
        {
            throw RoomErrors.Invalid("room.kind_fixed", "A room's kind cannot change once it is scheduled.");
        }

        var previous = State.Details;
        State.Details = validated;
        await PersistAsync(rollback: () => State.Details = previous);
        if (isNew)
        {
            StartViewerCountTimer();
        }
        else
        {
            Publish(RoomEventKind.DetailsChanged, details: validated);
        }

        await ProjectAsync();
        return Snapshot();
    }

    public Task<RoomSnapshot> GetSnapshot()
    {
        EnsureExists();
        return Task.FromResult(Snapshot());
    }

    public Task<RoomCatchUp> GetEventsSince(long sequence)
    {
        EnsureExists();
        if (sequence < 0)
        {
            throw RoomErrors.Invalid("room.invalid_sequence", "The sequence number must not be negative.");
        }

        if (sequence == _sequence)
        {
            return Task.FromResult(new RoomCatchUp());
        }

        if (sequence > _sequence)
        {
            // The client knows numbers this room never gave (say, after a database restore): start it over.
            return Task.FromResult(new RoomCatchUp { Snapshot = Snapshot() });
        }

        var events = _log.After(sequence);
        return Task.FromResult(events is null ? new RoomCatchUp { Snapshot = Snapshot() } : new RoomCatchUp { Events = events });
    }

    public async Task<RoomSnapshot> StartRoom()
    {
        EnsureExists();
        switch (State.Status)
        {
            case RoomStatus.Live:
                return Snapshot();
            case RoomStatus.Ended:
                throw RoomErrors.Ended();
        }

        State.Status = RoomStatus.Live;
        State.StartedAt = _time.GetUtcNow();
        await PersistAsync(rollback: () => (State.Status, State.StartedAt) = (RoomStatus.Scheduled, null));
        Publish(RoomEventKind.StatusChanged, status: RoomStatus.Live);
        LogStatusChanged(RoomId, RoomStatus.Live);
        await ProjectAsync();
        return Snapshot();
    }

    public async Task<RoomSnapshot> EndRoom()
    {
        EnsureExists();
        if (State.Status == RoomStatus.Ended)
        {
            return Snapshot();
        }

        var previous = State.Status;
        State.Status = RoomStatus.Ended;
        State.EndedAt = _time.GetUtcNow();
        await PersistAsync(rollback: () => (State.Status, State.EndedAt) = (previous, null));
        _currentPartial = null;
        _openSegments.Clear();
        Publish(RoomEventKind.StatusChanged, status: RoomStatus.Ended);
        LogStatusChanged(RoomId, RoomStatus.Ended);
        await ProjectAsync();
        return Snapshot();
    }

    public async Task<RoomEvent> PublishCaption(CaptionInput input)
    {
        EnsureExists();
        if (State.Status == RoomStatus.Ended)
        {
            throw RoomErrors.Ended();
        }

        if (State.Status != RoomStatus.Live)
        {
            throw RoomErrors.NotLive();
        }

        var (text, speaker, language) = CaptionRules.Validate(input, State.Details!.Language);
        var segmentId = input.SegmentId ?? Guid.NewGuid();
        if (segmentId == Guid.Empty)
        {
            throw RoomErrors.Invalid("caption.invalid_segment", "The segment id must not be empty.");
        }

        if (_finished.TryGet(segmentId, out var stored))
        {
            // A retry of a line already stored is answered with that line; a partial cannot reopen it.
            return input.IsFinal
                ? stored
                : throw new DomainException(ErrorKind.Conflict, "caption.segment_finished", "This caption line is already finished; start a new segment.");
        }

        var now = _time.GetUtcNow();
        var segment = new CaptionSegment
        {
            Id = segmentId,
            Text = text,
            IsFinal = input.IsFinal,
            Speaker = speaker,
            Language = language,
            StartedAt = _openSegments.GetValueOrDefault(segmentId, now),
            ReceivedAt = now,
        };

        if (!input.IsFinal)
        {
            await EnsureSequenceReservedAsync();
            _openSegments.TryAdd(segmentId, now);
            if (_openSegments.Count > 64)
            {
                // A captioner who abandons lines without finishing them must not grow this without bound.
                _openSegments.Remove(_openSegments.MinBy(s => s.Value).Key);
            }

            _currentPartial = segment;
            return Publish(RoomEventKind.CaptionPartial, caption: segment);
        }

        await AppendFinalAsync(segment);
        _openSegments.Remove(segmentId);
        if (_currentPartial?.Id == segmentId)
        {
            _currentPartial = null;
        }

        Remember([segment]);
        var published = Publish(RoomEventKind.CaptionFinal, caption: segment);
        _finished.Add(published);
        return published;
    }

    public async Task<RoomEvent> PublishChat(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        EnsureExists();
        if (State.Status == RoomStatus.Ended)
        {
            throw RoomErrors.Ended();
        }

        await EnsureSequenceReservedAsync();
        return Publish(RoomEventKind.ChatPosted, chat: message);
    }

    public async Task<RoomEvent> PublishChatRemoval(IReadOnlyList<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        EnsureExists();
        await EnsureSequenceReservedAsync();
        return Publish(RoomEventKind.ChatRemoved, removedMessageIds: [.. messageIds]);
    }

    public async Task<RoomEvent> SetPin(RoomPin? pin)
    {
        EnsureExists();
        if (State.Status == RoomStatus.Ended)
        {
            throw RoomErrors.Ended();
        }

        if (pin is not null && !IsWellFormed(pin))
        {
            throw RoomErrors.Invalid("room.invalid_pin", "A pin carries exactly the card its kind names.");
        }

        var previous = State.Pin;
        State.Pin = pin;
        await PersistAsync(rollback: () => State.Pin = previous);
        return Publish(RoomEventKind.PinChanged, pin: pin);
    }

    private bool IsWellFormed(RoomPin pin) => pin.Kind switch
    {
        RoomPinKind.Job => pin.Job is not null && pin.Booth is null && pin.Product is null,
        RoomPinKind.Booth => pin.Booth is not null && pin.Job is null && pin.Product is null,
        RoomPinKind.Product => pin.Product is not null && pin.Job is null && pin.Booth is null && State.Details!.Kind == RoomKind.CharitySale,
        _ => false,
    };

    public async Task AddViews(int views)
    {
        EnsureExists();
        if (views < 0)
        {
            throw RoomErrors.Invalid("room.invalid_view_count", "A node cannot report a negative number of views.");
        }

        if (views == 0)
        {
            return;
        }

        State.TotalViews += views;
        // A failed write throws back to the node, which keeps its count and reports it again on its next tick.
        await PersistAsync(rollback: () => State.TotalViews -= views);
    }

    public Task RemovePerson(string personId)
    {
        EnsureExists();
        _nodes.Notify(subscription => subscription.Node.OnPersonRemoved(RoomId, personId));
        return Task.CompletedTask;
    }

    public async Task<TranscriptPage> GetTranscriptPage(int page)
    {
        EnsureExists();
        if (page < 0 || page > State.SealedChunks)
        {
            throw RoomErrors.Invalid("transcript.invalid_page", $"Transcript pages run from 0 to {State.SealedChunks}.");
        }

        var segments = page < State.SealedChunks ? (await _transcript.ReadAsync(page)).Segments : State.OpenChunk.ToList();
        return new TranscriptPage
        {
            Segments = segments,
            NextPage = page < State.SealedChunks ? page + 1 : null,
            RoomStartedAt = State.StartedAt,
        };
    }

    public async Task<string> RotateIngestToken()
    {
        EnsureExists();
        var token = IngestToken.Create();
        var previous = State.IngestTokenHash;
        State.IngestTokenHash = IngestToken.Hash(token);
        await PersistAsync(rollback: () => State.IngestTokenHash = previous);
        return token;
    }

    public Task<bool> IsIngestTokenValid(string token) => Task.FromResult(IngestToken.Matches(State.IngestTokenHash, token));

    public Task Subscribe(IRoomObserver node, int localViewers)
    {
        ArgumentNullException.ThrowIfNull(node);
        EnsureExists();
        if (localViewers < 0)
        {
            throw RoomErrors.Invalid("room.invalid_viewer_count", "A node cannot have a negative number of viewers.");
        }

        _nodes.Subscribe(node, new NodeSubscription(node, localViewers));
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRoomObserver node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _nodes.Unsubscribe(node);
        return Task.CompletedTask;
    }

    private async Task AppendFinalAsync(CaptionSegment segment)
    {
        var sealedChunk = State.OpenChunk.Count + 1 >= _options.TranscriptChunkSize
            ? new TranscriptChunk { Segments = [.. State.OpenChunk, segment] }
            : null;
        var index = State.SealedChunks;
        if (sealedChunk is not null)
        {
            // The chunk is written first: if the process stops before the room state follows, the room
            // still holds these lines in its open chunk and seals them again, overwriting the same row.
            await _transcript.WriteAsync(index, sealedChunk);
            State.OpenChunk = [];
            State.SealedChunks = index + 1;
        }
        else
        {
            State.OpenChunk.Add(segment);
        }

        State.TranscriptLength++;
        await PersistAsync(rollback: () =>
        {
            State.TranscriptLength--;
            if (sealedChunk is not null)
            {
                State.SealedChunks = index;
                State.OpenChunk = sealedChunk.Segments[..^1];
            }
            else
            {
                State.OpenChunk.RemoveAt(State.OpenChunk.Count - 1);
            }
        });
    }

    /// <summary>Persists the state (and a fresh block of sequence numbers if the next event needs one).</summary>
    private async Task PersistAsync(Action rollback)
    {
        var reserved = State.SequenceReservedThrough;
        var version = State.Version;
        if (_sequence + 1 > State.SequenceReservedThrough)
        {
            State.SequenceReservedThrough = _sequence + _options.SequenceBlockSize;
        }

        State.Version++;
        try
        {
            await _state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Nothing was acknowledged, so nothing may appear to have changed.
            State.SequenceReservedThrough = reserved;
            State.Version = version;
            rollback();
            LogPersistFailed(exception, RoomId);
            throw;
        }
    }

    private Task EnsureSequenceReservedAsync() =>
        _sequence + 1 > State.SequenceReservedThrough ? PersistAsync(rollback: () => { }) : Task.CompletedTask;

    private RoomEvent Publish(
        RoomEventKind kind,
        CaptionSegment? caption = null,
        RoomStatus? status = null,
        int? viewers = null,
        RoomDetails? details = null,
        ChatMessage? chat = null,
        IReadOnlyList<string>? removedMessageIds = null,
        RoomPin? pin = null,
        SaleTick? sale = null,
        ProductStock? stock = null,
        SaleTotals? saleTotals = null)
    {
        var roomEvent = new RoomEvent
        {
            RoomId = RoomId,
            Sequence = ++_sequence,
            Kind = kind,
            At = _time.GetUtcNow(),
            Caption = caption,
            Status = status,
            Viewers = viewers,
            Details = details,
            Chat = chat,
            RemovedMessageIds = removedMessageIds,
            Pin = pin,
            Sale = sale,
            Stock = stock,
            SaleTotals = saleTotals,
        };
        _log.Add(roomEvent);
        _nodes.Notify(subscription => subscription.Node.OnRoomEvent(roomEvent));
        return roomEvent;
    }

    private async Task FlushViewerCountAsync(CancellationToken cancellationToken)
    {
        _nodes.ClearExpired();
        var viewers = _nodes.Observers.Values.Sum(subscription => subscription.Viewers);
        if (viewers == _viewers || State.Details is null)
        {
            return;
        }

        if (viewers > State.PeakViewers)
        {
            // The peak is part of the room's record: persist it, or a restart would forget it.
            var previousPeak = State.PeakViewers;
            State.PeakViewers = viewers;
            await PersistAsync(rollback: () => State.PeakViewers = previousPeak);
        }
        else
        {
            await EnsureSequenceReservedAsync();
        }

        // Only now, so that a failed write is retried on the next tick instead of never being announced.
        _viewers = viewers;
        Publish(RoomEventKind.ViewersChanged, viewers: viewers);
    }

    private void Remember(IEnumerable<CaptionSegment> segments)
    {
        foreach (var segment in segments)
        {
            _recent.Enqueue(segment);
            if (_recent.Count > _options.RecentCaptionCount)
            {
                _recent.Dequeue();
            }
        }
    }

    private RoomSnapshot Snapshot() => new()
    {
        RoomId = RoomId,
        Details = State.Details!,
        Status = State.Status,
        Sequence = _sequence,
        Viewers = _viewers,
        PeakViewers = State.PeakViewers,
        StartedAt = State.StartedAt,
        EndedAt = State.EndedAt,
        CurrentPartial = _currentPartial,
        RecentCaptions = [.. _recent],
        TranscriptLength = State.TranscriptLength,
        Pin = State.Pin,
        TotalViews = State.TotalViews,
        SaleTotals = State.SaleTotals,
        RecentSales = [.. State.RecentSales.Select(r => r.Tick)],
    };

    private void EnsureExists()
    {
        if (State.Details is null)
        {
            // Nothing to keep in memory for an id nobody created.
            DeactivateOnIdle();
            throw RoomErrors.NotFound(RoomId);
        }
    }

    private async Task ProjectAsync()
    {
        var details = State.Details!;
        try
        {
            await _lobby.UpsertAsync(new LobbyRoom
            {
                RoomId = RoomId,
                Version = State.Version,
                Kind = details.Kind,
                Status = State.Status,
                Title = details.Title,
                Description = details.Description,
                HostOrganisationId = details.HostOrganisationId,
                HostOrganisationName = details.HostOrganisationName,
                ScheduledStart = details.ScheduledStart,
                ScheduledEnd = details.ScheduledEnd,
                StartedAt = State.StartedAt,
                EndedAt = State.EndedAt,
                HasSignLanguage = details.SignLanguageUrl is not null,
                IsDemo = details.IsDemo,
            });
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            // The room has already persisted the change; the lobby catches up on the next change or activation.
            LogProjectionFailed(exception, RoomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId} is now {Status}")]
    private partial void LogStatusChanged(string roomId, RoomStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Room {RoomId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId} could not update the lobby read model")]
    private partial void LogProjectionFailed(Exception exception, string roomId);
}
