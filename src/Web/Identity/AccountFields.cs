namespace LiveFair.Web.Identity;

/// <summary>Field names shared by the forms (input names and ids), the API's JSON and its error lists.</summary>
public static class AccountFields
{
    public const string Email = "email";
    public const string DisplayName = "displayName";
    public const string Password = "password";
    public const string ConfirmPassword = "confirmPassword";
}
