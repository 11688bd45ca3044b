namespace LiveFair.Web.Security;

/// <summary>Error codes of the security baseline, used as problem types and in HubException messages.</summary>
public static class SecurityErrors
{
    public const string OriginNotAllowed = "security.origin_not_allowed";

    public const string RateLimited = "rate_limited";
}
