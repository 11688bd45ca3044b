namespace LiveFair.Web.Identity;

/// <summary>Bound from the <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>How long a password reset link works. Short, because the link is as good as the password.</summary>
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
