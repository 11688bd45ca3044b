namespace LiveFair.Contracts.Rooms;

[GenerateSerializer]
[Alias("LiveFair.RoomStatus")]
public enum RoomStatus
{
    Scheduled = 0,
    Live = 1,
    Ended = 2,
}
