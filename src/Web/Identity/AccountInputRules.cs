using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

/// <summary>Checks on typed account fields, shared by registration and password reset.</summary>
internal static class AccountInputRules
{
    public static void CheckEmail(string email, List<AccountError> errors)
    {
        if (email.Length == 0)
        {
            errors.Add(new(AccountFields.Email, AccountErrors.EmailRequired));
        }
        else if (email.Length > AccountLimits.Email || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || parsed.DisplayName.Length > 0)
        {
            errors.Add(new(AccountFields.Email, AccountErrors.EmailInvalid));
        }
    }

    /// <summary>
    /// Markup is allowed and stays text (pages encode it). Control characters and bidirectional overrides are
    /// not: they break chat lines or make a name read as someone else's.
    /// </summary>
    public static void CheckDisplayName(string displayName, List<AccountError> errors)
    {
        if (displayName.Length == 0)
        {
            errors.Add(new(AccountFields.DisplayName, AccountErrors.DisplayNameRequired));
        }
        else if (new StringInfo(displayName).LengthInTextElements > AccountLimits.DisplayName)
        {
            errors.Add(new(AccountFields.DisplayName, AccountErrors.DisplayNameTooLong));
        }
        else if (displayName.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
        {
            errors.Add(new(AccountFields.DisplayName, AccountErrors.DisplayNameInvalid));
        }
    }

    /// <summary>Every unmet password rule at once, so the person can fix them in one go.</summary>
    public static async Task CheckNewPasswordAsync(UserManager<LiveFairUser> users, LiveFairUser user, string? password, string? confirmation, List<AccountError> errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(new(AccountFields.Password, AccountErrors.PasswordRequired));
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password).ConfigureAwait(false);
            errors.AddRange(AccountErrors.FromIdentity(result.Errors).Except(errors));
        }

        if (string.IsNullOrEmpty(confirmation))
        {
            errors.Add(new(AccountFields.ConfirmPassword, AccountErrors.ConfirmRequired));
        }
        else if (!string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            errors.Add(new(AccountFields.ConfirmPassword, AccountErrors.PasswordMismatch));
        }
    }
}
