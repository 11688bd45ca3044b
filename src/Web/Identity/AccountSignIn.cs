using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

/// <summary>
/// Password sign-in for the page and the API alike: every failure counts towards lockout, and an unknown
/// email is answered like a known one, in words and (by hashing the password anyway) in time.
/// </summary>
public sealed class AccountSignIn(
    UserManager<LiveFairUser> users,
    SignInManager<LiveFairUser> signIn,
    IPasswordHasher<LiveFairUser> hasher,
    UnknownEmailLockout unknownEmails)
{
    private static readonly LiveFairUser Nobody = new();

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        email = email.Trim();
        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            hasher.HashPassword(Nobody, password);
            if (unknownEmails.IsLockedOut(email))
            {
                return SignInOutcome.LockedOut;
            }

            return unknownEmails.RecordFailure(email) ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }
}
