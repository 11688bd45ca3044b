using LiveFair.Contracts.People;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

/// <summary>
/// Creates an account and its person grain, or neither: when the grain cannot be created the account is
/// removed again, so nobody is left able to sign in without a person behind the account.
/// </summary>
public sealed partial class AccountRegistration(UserManager<LiveFairUser> users, IGrainFactory grains, ILogger<AccountRegistration> logger)
{
    public async Task<RegistrationResult> RegisterAsync(RegistrationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email?.Trim() ?? "";
        var displayName = input.DisplayName?.Trim() ?? "";
        var errors = new List<AccountError>();
        AccountInputRules.CheckEmail(email, errors);
        AccountInputRules.CheckDisplayName(displayName, errors);
        var user = new LiveFairUser { UserName = email, Email = email, DisplayName = displayName };
        await AccountInputRules.CheckNewPasswordAsync(users, user, input.Password, input.ConfirmPassword, errors).ConfigureAwait(false);

        // Telling that an email is taken is what lets its owner find their way to sign-in or reset; the
        // sign-in and reset pages still never tell whether an email has an account.
        if (!errors.Any(e => e.Field == AccountFields.Email) && await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            errors.Insert(0, new(AccountFields.Email, AccountErrors.EmailTaken));
        }

        if (errors.Count > 0)
        {
            return RegistrationResult.Failed(errors);
        }

        var created = await users.CreateAsync(user, input.Password!).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return RegistrationResult.Failed(AccountErrors.FromIdentity(created.Errors));
        }

        try
        {
            await grains.GetGrain<IPersonGrain>(user.Id).Register().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Whatever failed (grain type missing, silo unavailable, storage), the account must not outlive it.
            PersonNotCreated(logger, user.Id, exception);
            var removed = await users.DeleteAsync(user).ConfigureAwait(false);
            if (!removed.Succeeded)
            {
                AccountNotRemoved(logger, user.Id);
            }

            return RegistrationResult.Failed([new(AccountError.FormField, AccountErrors.Unavailable)]);
        }

        Registered(logger, user.Id);
        return RegistrationResult.Success(user);
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Account {UserId} registered")]
    private static partial void Registered(ILogger logger, string userId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Person grain for new account {UserId} could not be created; removing the account")]
    private static partial void PersonNotCreated(ILogger logger, string userId, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Critical, Message = "New account {UserId} has no person and could not be removed")]
    private static partial void AccountNotRemoved(ILogger logger, string userId);
}
