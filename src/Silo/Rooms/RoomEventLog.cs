using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

/// <summary>
/// The newest events of a room, in sequence order, with a floor: every event after <see cref="Floor"/> is
/// here, nothing at or before it is.
/// </summary>
internal sealed class RoomEventLog(int capacity, long floor)
{
    private readonly Queue<RoomEvent> _events = new(capacity);

    public long Floor { get; private set; } = floor;

    public void Add(RoomEvent roomEvent)
    {
        if (_events.Count == capacity)
        {
            Floor = _events.Dequeue().Sequence;
        }

        _events.Enqueue(roomEvent);
    }

    /// <summary>The events after <paramref name="sequence"/>, or null when some of them are gone.</summary>
    public IReadOnlyList<RoomEvent>? After(long sequence) =>
        sequence < Floor ? null : _events.Where(e => e.Sequence > sequence).ToList();
}
