using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

/// <summary>The codes accounts refuse with, and how Identity's own error codes map onto them.</summary>
public static class AccountErrors
{
    public const string EmailRequired = "account.email_required";
    public const string EmailInvalid = "account.email_invalid";
    public const string EmailTaken = "account.email_taken";
    public const string DisplayNameRequired = "account.display_name_required";
    public const string DisplayNameTooLong = "account.display_name_too_long";
    public const string DisplayNameInvalid = "account.display_name_invalid";
    public const string PasswordRequired = "account.password_required";
    public const string ConfirmRequired = "account.confirm_required";
    public const string PasswordMismatch = "account.password_mismatch";
    public const string PasswordTooShort = "account.password.too_short";
    public const string PasswordRequiresDigit = "account.password.requires_digit";
    public const string PasswordRequiresLetter = "account.password.requires_letter";
    public const string PasswordRequiresDifferent = "account.password.requires_different";
    public const string PasswordRules = "account.password.rules";
    public const string ResetLinkInvalid = "account.reset_invalid";
    public const string Unavailable = "account.unavailable";

    /// <summary>An Identity refusal as a field and code; several Identity codes share one of ours.</summary>
    public static AccountError FromIdentity(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => new(AccountFields.Email, EmailTaken),
            nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.InvalidEmail) => new(AccountFields.Email, EmailInvalid),
            nameof(IdentityErrorDescriber.PasswordTooShort) => new(AccountFields.Password, PasswordTooShort),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new(AccountFields.Password, PasswordRequiresDigit),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => new(AccountFields.Password, PasswordRequiresDifferent),
            PasswordLetterValidator.Code => new(AccountFields.Password, PasswordRequiresLetter),
            nameof(IdentityErrorDescriber.InvalidToken) => new(AccountError.FormField, ResetLinkInvalid),
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new(AccountFields.Password, PasswordRules),
            _ => new(AccountError.FormField, Unavailable),
        };
    }

    public static IReadOnlyList<AccountError> FromIdentity(IEnumerable<IdentityError> errors) =>
        errors.Select(FromIdentity).Distinct().ToList();
}
