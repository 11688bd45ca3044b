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
}
