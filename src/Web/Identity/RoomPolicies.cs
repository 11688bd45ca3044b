namespace LiveFair.Web.Identity;

public static class RoomPolicies
{
    /// <summary>
    /// Streamers and helpers of some organisation; whether they may act in a given room is decided by the
    /// room's host organisation (<see cref="Rooms.RoomStaffAccess"/>).
    /// </summary>
    public const string RoomStaff = "RoomStaff";

    /// <summary>Signed in with an account that still exists.</summary>
    public const string SignedIn = "SignedIn";

    public const string PlatformAdmin = "PlatformAdmin";
}
