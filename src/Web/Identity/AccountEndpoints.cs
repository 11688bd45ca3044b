using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

public static class AccountEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RegisterRequest(string? Email, string? DisplayName, string? Password, string? ConfirmPassword);

    public sealed record RegisteredAccount(string UserId, string DisplayName);

    /// <summary>Cookie sign-in and registration for API and hub clients (tools, tests); people use the pages.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").DisableAntiforgery();
        group.MapPost("/login", async Task<Results<NoContent, ProblemHttpResult>> (LoginRequest request, AccountSignIn accounts) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
                {
                    return TypedResults.Problem(statusCode: 400, title: "Email and password are required", type: "account.missing_credentials");
                }

                return await accounts.PasswordSignInAsync(request.Email, request.Password) switch
                {
                    SignInOutcome.SignedIn => TypedResults.NoContent(),
                    SignInOutcome.LockedOut => TypedResults.Problem(
                        statusCode: 401, title: "Account locked", detail: "Too many failed attempts; try again in 15 minutes.", type: "account.locked"),
                    _ => TypedResults.Problem(
                        statusCode: 401, title: "Sign-in failed", detail: "The email or password is not correct.", type: "account.invalid_credentials"),
                };
            })
            .WithName("SignIn").WithSummary("Sign in and receive the session cookie")
            .ProducesProblem(400).ProducesProblem(401);

        group.MapPost("/register", async Task<Results<Created<RegisteredAccount>, ProblemHttpResult>> (
                RegisterRequest request, AccountRegistration registration, SignInManager<LiveFairUser> signIn) =>
            {
                var result = await registration.RegisterAsync(new RegistrationInput(request.Email, request.DisplayName, request.Password, request.ConfirmPassword));
                if (result.User is not { } user)
                {
                    return RegistrationProblem(result.Errors);
                }

                await signIn.SignInAsync(user, isPersistent: false);
                return TypedResults.Created((string?)null, new RegisteredAccount(user.Id, user.DisplayName));
            })
            .WithName("Register")
            .WithSummary("Create an account and its person, and sign in")
            .WithDescription("Refusals list every problem under `errors`, by field (email, displayName, password, confirmPassword, or \"\" for the whole request), as stable codes such as account.password.too_short.")
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(503);

        group.MapPost("/logout", async (SignInManager<LiveFairUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .WithName("SignOut").WithSummary("End the session");
        return app;
    }

    /// <summary>409 when the email is the only problem, 503 when the person could not be created, 400 otherwise.</summary>
    private static ProblemHttpResult RegistrationProblem(IReadOnlyList<AccountError> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => (object?)g.Select(e => e.Code).ToArray());
        var extensions = new Dictionary<string, object?> { ["errors"] = byField };
        if (errors.Any(e => e.Code == AccountErrors.Unavailable))
        {
            return TypedResults.Problem(statusCode: 503, title: "Registration unavailable", detail: "The account could not be created; try again shortly.", type: AccountErrors.Unavailable, extensions: extensions);
        }

        if (errors.All(e => e.Code == AccountErrors.EmailTaken))
        {
            return TypedResults.Problem(statusCode: 409, title: "Email already registered", detail: "This email already has an account; sign in or reset the password.", type: AccountErrors.EmailTaken, extensions: extensions);
        }

        return TypedResults.Problem(statusCode: 400, title: "Registration refused", detail: "See errors for what to change.", type: "account.invalid_registration", extensions: extensions);
    }
}
