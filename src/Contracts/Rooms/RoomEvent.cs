namespace LiveFair.Contracts.Rooms;

/// <summary>
/// One numbered thing that happened in a room. Sequence numbers rise by one per event within a room,
/// so a client that sees a jump knows exactly which events to ask for.
/// Only the member that belongs to <see cref="Kind"/> is set.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.RoomEvent")]
public sealed record RoomEvent
{
    [Id(0)] public required string RoomId { get; init; }
    [Id(1)] public required long Sequence { get; init; }
    [Id(2)] public required RoomEventKind Kind { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public CaptionSegment? Caption { get; init; }
    [Id(5)] public RoomStatus? Status { get; init; }
    [Id(6)] public int? Viewers { get; init; }
    [Id(7)] public RoomDetails? Details { get; init; }
    [Id(8)] public Chat.ChatMessage? Chat { get; init; }

    /// <summary>Messages taken down by a moderator or by their author's account deletion.</summary>
    [Id(9)] public IReadOnlyList<string>? RemovedMessageIds { get; init; }

    /// <summary>For <c>PinChanged</c>: the new pin, or null when it was cleared.</summary>
    [Id(10)] public RoomPin? Pin { get; init; }

    /// <summary>For <c>SaleConfirmed</c>: the announcement; for <c>SaleTotalsChanged</c>: only its totals matter.</summary>
    [Id(11)] public Sales.SaleTick? Sale { get; init; }

    /// <summary>For <c>StockChanged</c>.</summary>
    [Id(12)] public Sales.ProductStock? Stock { get; init; }

    /// <summary>For <c>SaleConfirmed</c> and <c>SaleTotalsChanged</c>: the room's totals after the change.</summary>
    [Id(13)] public Sales.SaleTotals? SaleTotals { get; init; }
}
