using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>Stands in for a Web node: records every event the room pushes to it.</summary>
internal sealed class RecordingObserver : IRoomObserver
{
    private readonly Lock _gate = new();
    private readonly List<RoomEvent> _events = [];
    private readonly List<string> _removedPeople = [];

    public IReadOnlyList<string> RemovedPeople
    {
        get
        {
            lock (_gate)
            {
                return [.. _removedPeople];
            }
        }
    }

    public IReadOnlyList<RoomEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public Task OnRoomEvent(RoomEvent roomEvent)
    {
        lock (_gate)
        {
            _events.Add(roomEvent);
        }

        return Task.CompletedTask;
    }

    public Task OnPersonRemoved(string roomId, string personId)
    {
        lock (_gate)
        {
            _removedPeople.Add(personId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RoomEvent>> WaitForAsync(Func<IReadOnlyList<RoomEvent>, bool> condition, string waitingFor) =>
        Eventually.GetAsync(() => Task.FromResult(Events), condition, waitingFor);

    public Task<IReadOnlyList<RoomEvent>> WaitForSequenceAsync(long sequence) =>
        WaitForAsync(events => events.Any(e => e.Sequence == sequence), $"event {sequence}");
}
