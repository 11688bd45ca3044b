namespace LiveFair.Web.Identity;

/// <summary>Limits shared by validation and the forms' maxlength attributes.</summary>
public static class AccountLimits
{
    /// <summary>The public name in chat; as long as a profile's full name.</summary>
    public const int DisplayName = 40;

    /// <summary>RFC 5321's limit for a forward path, less its angle brackets.</summary>
    public const int Email = 254;
}
