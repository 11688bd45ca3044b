using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

/// <summary>
/// Asks for at least one letter of any script: Identity's own rules only know Latin upper and lower case,
/// which would refuse a password written in Chinese.
/// </summary>
internal sealed class PasswordLetterValidator : IPasswordValidator<LiveFairUser>
{
    public const string Code = "PasswordRequiresLetter";

    public Task<IdentityResult> ValidateAsync(UserManager<LiveFairUser> manager, LiveFairUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = "Passwords must have at least one letter." }));
}
