namespace LiveFair.Web.Identity;

/// <summary>
/// The password rules, shared by Identity's options and the pages that explain them. Length does most of
/// the work; the variety asked for is one letter (any script, any case) and one digit, with no symbols or
/// capitals required, because those are hard to type with a screen reader or one hand and hard to remember.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;

    public const int MinimumDifferentCharacters = 5;
}
