using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>
/// The recruiter console: calling the next person, the queue and open interviews, an applicant's profile
/// and outcomes. The booth grain asks the employer organisation on every call whether the signed-in person
/// is one of the booth's recruiters (or an admin of the employer); everyone else is refused with nothing changed.
/// </summary>
internal static class RecruiterEndpoints
{
    public static RouteGroupBuilder MapBoothConsole(this RouteGroupBuilder booth)
    {
        var recruiters = booth.MapGroup("").RequireAuthorization(RoomPolicies.SignedIn);
        recruiters.MapPost("/call-next", CallNextAsync)
            .WithName("CallNextApplicant")
            .WithSummary("Call the first person waiting (the booth's recruiters)")
            .WithDescription("409 booth.queue_empty when nobody waits. Two recruiters calling at once always get different people.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        recruiters.MapGet("/console", ConsoleAsync)
            .WithName("GetBoothConsole")
            .WithSummary("The queue without names, open calls and interviews, recent outcomes and counts (the booth's recruiters)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        recruiters.MapGet("/applications/{applicationId}/applicant", ApplicantAsync)
            .WithName("GetBoothApplicant")
            .WithSummary("An applicant's profile, with the disability section only if they shared it (the booth's recruiters)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        recruiters.MapPut("/applications/{applicationId}/outcome", OutcomeAsync)
            .WithName("RecordApplicationOutcome")
            .WithSummary("Record the outcome of an interview, or a no-show (the booth's recruiters)")
            .WithDescription("409 booth.no_interview when the interview never happened. The note is private to the employer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return booth;
    }

    private static async Task<Ok<BoothCall>> CallNextAsync(string roomId, string employerId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).CallNext(user.PersonId()!));

    private static async Task<Ok<BoothConsole>> ConsoleAsync(string roomId, string employerId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).GetConsole(user.PersonId()!));

    private static async Task<Ok<ApplicantDetails>> ApplicantAsync(
        string roomId, string employerId, string applicationId, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        // A profile is personal data: it must not stay in shared caches or the browser's disk cache.
        http.Response.Headers.CacheControl = "no-store";
        var applicant = await BoothEndpoints.Booth(grains, roomId, employerId).GetApplicant(user.PersonId()!, applicationId);
        return TypedResults.Ok(ApplicantDetails.From(applicationId, applicant));
    }

    private static async Task<Results<Ok<RecordedOutcome>, ValidationProblem>> OutcomeAsync(
        string roomId, string employerId, string applicationId, OutcomeRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.Outcome is not { } outcome)
        {
            return BoothProblems.Missing("outcome", "Choose Intention, Offer, NotSuitable or NoShow.");
        }

        var record = await BoothEndpoints.Booth(grains, roomId, employerId)
            .RecordOutcome(user.PersonId()!, applicationId, new OutcomeInput { Outcome = outcome, Note = request.Note });
        return TypedResults.Ok(RecordedOutcome.From(record));
    }
}
