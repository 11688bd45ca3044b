using System.Text;
using LiveFair.Web.Localization;
using LiveFair.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Identity;

/// <summary>
/// Reset links by mail. A link carries the account id and a one-time code, never the email: links end up
/// in request logs and browser histories. The code stops working once used, since the reset changes the
/// account's security stamp, and after <see cref="AccountOptions.ResetLinkLifetime"/>.
/// </summary>
public sealed partial class PasswordResets(
    UserManager<LiveFairUser> users,
    MailOutbox outbox,
    Texts texts,
    IOptions<MailOptions> mailOptions,
    IOptions<AccountOptions> accountOptions,
    ILogger<PasswordResets> logger)
{
    public const string ResetPath = "/account/reset-password";

    /// <summary>
    /// Queues a reset mail when <paramref name="email"/> has an account and does nothing otherwise; callers
    /// answer the same either way, and the queue keeps the time taken the same too.
    /// </summary>
    public async Task RequestAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user?.Email is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = Link($"{ResetPath}?user={Uri.EscapeDataString(user.Id)}&code={code}");
        var minutes = (int)accountOptions.Value.ResetLinkLifetime.TotalMinutes;
        var mail = new OutgoingMail
        {
            UserId = user.Id,
            To = user.Email,
            Subject = texts["mail.reset.subject"],
            TextBody = texts.Format("mail.reset.body", link, minutes),
            Link = link,
        };
        if (outbox.TryQueue(mail))
        {
            LinkQueued(logger, user.Id);
        }
        else
        {
            OutboxFull(logger, user.Id);
        }
    }

    /// <summary>Sets the new password and ends any lockout; returns why not otherwise.</summary>
    public async Task<IReadOnlyList<AccountError>> ResetAsync(string? userId, string? code, string? password, string? confirmation)
    {
        var (user, token) = await CheckLinkAsync(userId, code).ConfigureAwait(false);
        if (user is null || token is null)
        {
            return [new(AccountError.FormField, AccountErrors.ResetLinkInvalid)];
        }

        var errors = new List<AccountError>();
        await AccountInputRules.CheckNewPasswordAsync(users, user, password, confirmation, errors).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return errors;
        }

        var reset = await users.ResetPasswordAsync(user, token, password!).ConfigureAwait(false);
        if (!reset.Succeeded)
        {
            return AccountErrors.FromIdentity(reset.Errors);
        }

        // Whoever can reset the password owns the account; a lockout from someone else's guessing must not keep them out.
        await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        PasswordReset(logger, user.Id);
        return [];
    }

    /// <summary>Whether a link still works, so the page can say so before the person types a new password.</summary>
    public async Task<bool> IsLinkValidAsync(string? userId, string? code) =>
        (await CheckLinkAsync(userId, code).ConfigureAwait(false)).User is not null;

    private async Task<(LiveFairUser? User, string? Token)> CheckLinkAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId).ConfigureAwait(false);
        var token = DecodeCode(code);
        if (user is null || token is null
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<LiveFairUser>.ResetPasswordTokenPurpose, token).ConfigureAwait(false))
        {
            return (null, null);
        }

        return (user, token);
    }

    /// <summary>
    /// The link on the configured public address, or only its path when none is configured (the log sender's
    /// case): a host taken from the request's Host header would let a stranger aim someone's reset token at
    /// their own site.
    /// </summary>
    private Uri Link(string pathAndQuery)
    {
        if (mailOptions.Value.PublicBaseUrl is not { } baseUrl)
        {
            return new Uri(pathAndQuery, UriKind.Relative);
        }

        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, pathAndQuery.TrimStart('/'));
    }

    private static string? DecodeCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Password reset link queued for user {UserId}")]
    private static partial void LinkQueued(ILogger logger, string userId);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Mail outbox full; password reset link for user {UserId} dropped")]
    private static partial void OutboxFull(ILogger logger, string userId);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Password of user {UserId} reset")]
    private static partial void PasswordReset(ILogger logger, string userId);
}
