namespace LiveFair.Web.Identity;

public static class RoomPolicies
{
    /// <summary>Hosts and captioners; whether they may act in a given room also depends on its organisation.</summary>
    public const string RoomStaff = "RoomStaff";
}
