namespace LiveFair.Web.Tests.Authorization;

/// <summary>The roles of the authorization matrix; "A" and "B" are two employers.</summary>
public enum Role
{
    Anonymous,
    Seeker,
    RecruiterA,
    RecruiterB,
    StreamerA,
    HelperA,
    AdminA,
    PlatformAdmin,
}
