namespace LiveFair.Contracts.Rooms;

[GenerateSerializer]
[Alias("LiveFair.RoomKind")]
public enum RoomKind
{
    JobFair = 0,
    CharitySale = 1,
}
