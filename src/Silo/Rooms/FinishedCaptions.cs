using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

/// <summary>
/// The events of the newest final captions by segment id, so a retried final (an ingest tool that timed
/// out, a console that reconnected) is answered with the line already stored instead of storing it twice.
/// </summary>
internal sealed class FinishedCaptions(int capacity)
{
    private readonly Dictionary<Guid, RoomEvent> _events = [];
    private readonly Queue<Guid> _order = new();

    public bool TryGet(Guid segmentId, out RoomEvent roomEvent) => _events.TryGetValue(segmentId, out roomEvent!);

    public void Add(RoomEvent roomEvent)
    {
        ArgumentNullException.ThrowIfNull(roomEvent.Caption);
        if (_events.TryAdd(roomEvent.Caption.Id, roomEvent))
        {
            _order.Enqueue(roomEvent.Caption.Id);
            if (_order.Count > capacity)
            {
                _events.Remove(_order.Dequeue());
            }
        }
    }
}
