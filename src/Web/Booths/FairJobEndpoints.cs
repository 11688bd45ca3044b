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
        return fair;
    }

    private static async Task<Ok<IReadOnlyList<FairJob>>> ListAsync(string roomId, FairJobs jobs) =>
        TypedResults.Ok(await jobs.ListAsync(roomId));
}
