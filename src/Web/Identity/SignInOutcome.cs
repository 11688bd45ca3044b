namespace LiveFair.Web.Identity;

public enum SignInOutcome
{
    SignedIn = 0,

    /// <summary>Wrong email or password; said the same way whether or not the email has an account.</summary>
    Failed = 1,

    /// <summary>Too many failures in a row; said for unknown emails too, after the same number of tries.</summary>
    LockedOut = 2,
}
