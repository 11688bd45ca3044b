namespace LiveFair.Web.Identity;

/// <summary>Either the new account (signed up, person created) or every reason it was refused.</summary>
public sealed class RegistrationResult
{
    private RegistrationResult(LiveFairUser? user, IReadOnlyList<AccountError> errors)
    {
        User = user;
        Errors = errors;
    }

    public LiveFairUser? User { get; }

    public IReadOnlyList<AccountError> Errors { get; }

    public static RegistrationResult Success(LiveFairUser user) => new(user, []);

    public static RegistrationResult Failed(IReadOnlyList<AccountError> errors) => new(null, errors);
}
