using LiveFair.Contracts.Rooms;

namespace LiveFair.Silo.Rooms;

/// <summary>A Web node subscribed to a room, with the number of viewers it last reported.</summary>
internal sealed record NodeSubscription(IRoomObserver Node, int Viewers);
