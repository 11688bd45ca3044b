using LiveFair.Contracts.People;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.People;

/// <summary>
/// "Me": the signed-in person's profile, the disability section and its consent, their data export and
/// account deletion. There is no person id in any route, so no one can reach another person's data here.
/// </summary>
public static class PeopleEndpoints
{
    public sealed record ConsentRequest(string? WordingVersion);

    public sealed record DeleteAccountRequest(string? Password);

    public static WebApplication MapPeopleEndpoints(this WebApplication app)
    {
        var me = app.MapGroup("/api/me").WithTags("Me").RequireAuthorization(RoomPolicies.SignedIn).DisableAntiforgery();
        me.MapGet("/", (HttpContext http, IGrainFactory grains) => Person(grains, http).GetView())
            .WithName("GetMe").WithSummary("My profile, disability section (if consented), consents and memberships");
        me.MapPut("/profile", (SeekerProfile profile, HttpContext http, IGrainFactory grains) => Person(grains, http).UpdateProfile(profile))
            .WithName("UpdateProfile").WithSummary("Replace my job-seeker profile");
        me.MapPost("/disability-consent", (ConsentRequest request, HttpContext http, IGrainFactory grains) =>
                Person(grains, http).GiveDisabilityConsent(request.WordingVersion ?? ""))
            .WithName("GiveDisabilityConsent").WithSummary($"Consent to storing the disability section (wording {DisabilityConsent.CurrentVersion})");
        me.MapDelete("/disability-consent", (HttpContext http, IGrainFactory grains) => Person(grains, http).WithdrawDisabilityConsent())
            .WithName("WithdrawDisabilityConsent").WithSummary("Withdraw the consent; the disability section is erased at once");
        me.MapPut("/disability", (DisabilityInfo disability, HttpContext http, IGrainFactory grains) => Person(grains, http).SaveDisability(disability))
            .WithName("SaveDisability").WithSummary("Save the disability section; needs an active consent");
        me.MapGet("/export", ExportAsync)
            .WithName("ExportMyData").WithSummary("Download everything LiveFair holds about me (JSON)");
        me.MapPost("/delete", DeleteAsync)
            .WithName("DeleteMyAccount").WithSummary("Delete my account and my personal data; needs my password");
        return app;
    }

    private static IPersonGrain Person(IGrainFactory grains, HttpContext http) =>
        grains.GetGrain<IPersonGrain>(http.User.PersonId()!);

    private static async Task<Results<FileContentHttpResult, UnauthorizedHttpResult>> ExportAsync(
        HttpContext http, UserManager<LiveFairUser> users, PersonalDataExport export, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        // Personal data must not stay in shared caches or the browser's disk cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(await export.CreateAsync(user, cancellationToken), "application/json", "livefair-my-data.json");
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> DeleteAsync(
        DeleteAccountRequest request,
        HttpContext http,
        UserManager<LiveFairUser> users,
        SignInManager<LiveFairUser> signIn,
        AccountErasure erasure,
        CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!await erasure.EraseWithPasswordAsync(user, request.Password, cancellationToken))
        {
            return TypedResults.Problem(statusCode: 400, title: "Password required", type: "account.wrong_password",
                detail: "Enter your current password to delete your account.");
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
