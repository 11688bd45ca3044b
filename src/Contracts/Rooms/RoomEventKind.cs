namespace LiveFair.Contracts.Rooms;

[GenerateSerializer]
[Alias("LiveFair.RoomEventKind")]
public enum RoomEventKind
{
    CaptionPartial = 0,
    CaptionFinal = 1,
    StatusChanged = 2,
    ViewersChanged = 3,
    DetailsChanged = 4,
    ChatPosted = 5,
    ChatRemoved = 6,
    PinChanged = 7,

    /// <summary>A confirmed order, announced without names, with the room's new sale totals.</summary>
    SaleConfirmed = 8,

    /// <summary>The pinned product's stock changed (coalesced by the product grain).</summary>
    StockChanged = 9,

    /// <summary>A refund or cancellation lowered the room's sale totals; not announced, only redrawn.</summary>
    SaleTotalsChanged = 10,
}
