using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>
/// "My applications": the signed-in person's own, with status, outcome and interview transcript. Another
/// person's application id answers 404, exactly like an unknown one.
/// </summary>
internal static class MyApplicationEndpoints
{
    public static RouteGroupBuilder MapMyApplications(this RouteGroupBuilder applications)
    {
        applications.MapGet("", ListAsync)
            .WithName("ListMyApplications")
            .WithSummary("My applications at every fair, newest first")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        applications.MapGet("/{applicationId}", GetAsync)
            .WithName("GetMyApplication")
            .WithSummary("One of my applications: status, outcome and the interview (404 unless it is mine)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return applications;
    }

    private static async Task<Ok<IReadOnlyList<ApplicationView>>> ListAsync(ClaimsPrincipal user, MyApplications applications, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await applications.ListAsync(user.PersonId()!, cancellationToken));
    }

    private static async Task<Ok<ApplicationView>> GetAsync(string applicationId, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await grains.GetGrain<IApplicationGrain>(applicationId).GetForApplicant(user.PersonId()!));
    }
}
