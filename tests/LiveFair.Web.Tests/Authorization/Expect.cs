namespace LiveFair.Web.Tests.Authorization;

/// <summary>Shorthands for the matrix rows: who is allowed, and what everyone else gets.</summary>
internal static class Expect
{
    private static readonly Role[] OrgAMembers = [Role.RecruiterA, Role.StreamerA, Role.HelperA, Role.AdminA];
    private static readonly Role[] RoomStaffA = [Role.StreamerA, Role.HelperA];

    public static Dictionary<Role, Outcome> Everyone() => Build(_ => Outcome.Allowed);

    /// <summary>Any signed-in person; anonymous callers must sign in first.</summary>
    public static Dictionary<Role, Outcome> SignedIn(Outcome anonymous) =>
        Build(role => role == Role.Anonymous ? anonymous : Outcome.Allowed);

    public static Dictionary<Role, Outcome> Only(Outcome anonymous, Outcome others, params Role[] allowed) =>
        Build(role => allowed.Contains(role) ? Outcome.Allowed : role == Role.Anonymous ? anonymous : others);

    public static Dictionary<Role, Outcome> MembersOfA(Outcome anonymous, Outcome others) => Only(anonymous, others, OrgAMembers);

    public static Dictionary<Role, Outcome> RoomStaffOfA(Outcome anonymous, Outcome others) => Only(anonymous, others, RoomStaffA);

    private static Dictionary<Role, Outcome> Build(Func<Role, Outcome> outcome) =>
        Enum.GetValues<Role>().ToDictionary(role => role, outcome);
}
