using System.Security.Claims;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>The jobs of a whole fair, for its job list and for recommendations.</summary>
internal static class FairJobEndpoints
{
    public static RouteGroupBuilder MapFairJobs(this RouteGroupBuilder fair)
    {
        fair.MapGet("/jobs", ListAsync)
            .WithName("ListFairJobs")
            .WithSummary("The fair's published jobs with their booth and employer (anyone)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        fair.MapGet("/recommendations", RecommendAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("RecommendFairJobs")
            .WithSummary("The fair's published jobs, best fit for me first, with the reasons (from my own profile and disability section)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return fair;
    }

    private static async Task<Ok<IReadOnlyList<FairJob>>> ListAsync(string roomId, FairJobs jobs) =>
        TypedResults.Ok(await jobs.ListAsync(roomId));

    private static async Task<Ok<IReadOnlyList<JobRecommendation>>> RecommendAsync(
        string roomId, ClaimsPrincipal user, FairRecommendations recommendations, HttpContext http)
    {
        // The reasons can name the seeker's disability category: never kept by a cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await recommendations.ForAsync(roomId, user.PersonId()!));
    }
}
