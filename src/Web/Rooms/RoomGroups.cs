namespace LiveFair.Web.Rooms;

internal static class RoomGroups
{
    public static string For(string roomId) => "room:" + roomId;
}
