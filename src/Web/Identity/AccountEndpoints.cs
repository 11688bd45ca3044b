using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

public static class AccountEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    /// <summary>Cookie sign-in for API and hub clients (tools, tests); people use the sign-in page.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").DisableAntiforgery();
        group.MapPost("/login", async Task<Results<NoContent, ProblemHttpResult>> (LoginRequest request, SignInManager<LiveFairUser> signIn) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
                {
                    return TypedResults.Problem(statusCode: 400, title: "Email and password are required", type: "account.missing_credentials");
                }

                var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
                return result.Succeeded
                    ? TypedResults.NoContent()
                    : TypedResults.Problem(
                        statusCode: 401,
                        title: result.IsLockedOut ? "Account locked" : "Sign-in failed",
                        detail: result.IsLockedOut ? "Too many failed attempts; try again later." : "The email or password is not correct.",
                        type: result.IsLockedOut ? "account.locked" : "account.invalid_credentials");
            })
            .WithName("SignIn").WithSummary("Sign in and receive the session cookie");
        group.MapPost("/logout", async (SignInManager<LiveFairUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .WithName("SignOut").WithSummary("End the session");
        return app;
    }
}
