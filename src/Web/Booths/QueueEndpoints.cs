using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Web.Identity;
using LiveFair.Web.Rooms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Booths;

/// <summary>
/// An applicant's side of a booth: applying (which joins the queue), their place, leaving, and answering a
/// call. The applicant is always the signed-in person; nobody can apply or answer for someone else.
/// </summary>
internal static class QueueEndpoints
{
    public static RouteGroupBuilder MapBoothQueue(this RouteGroupBuilder booth)
    {
        var signedIn = booth.MapGroup("").RequireAuthorization(RoomPolicies.SignedIn);
        signedIn.MapPost("/applications", ApplyAsync)
            .WithName("ApplyAtBooth")
            .WithSummary("Apply to one of the booth's published jobs and join its queue")
            .WithDescription("Refused with 409 when the booth is paused (booth.paused), closed (booth.closed) or full (booth.full), " +
                "or when you already wait here or applied to this job before. The recruiter sees your display name, never your email.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapGet("/place", PlaceAsync)
            .WithName("GetMyBoothPlace")
            .WithSummary("My place in the booth's queue, my call or my interview (state None when nothing is open)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        signedIn.MapDelete("/place", LeaveAsync)
            .WithName("LeaveBoothQueue")
            .WithSummary("Leave the queue (waiting or called); nothing to leave is not an error")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        signedIn.MapPost("/answer", AnswerAsync)
            .WithName("AnswerBoothCall")
            .WithSummary("Answer my call: the text interview with the recruiter who called starts")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return booth;
    }

    private static async Task<Results<Created<QueuePlace>, ValidationProblem>> ApplyAsync(
        string roomId,
        string employerId,
        ApplyRequest request,
        ClaimsPrincipal user,
        UserManager<LiveFairUser> accounts,
        IGrainFactory grains)
    {
        if (!JobIds.IsValid(request.JobId))
        {
            return BoothProblems.Missing("jobId", "Choose one of the booth's jobs.");
        }

        var applicant = new Applicant { PersonId = user.PersonId()!, DisplayName = await ChatAuthorNames.ForAsync(user, accounts) };
        var place = await BoothEndpoints.Booth(grains, roomId, employerId)
            .Apply(applicant, new ApplyInput { JobId = request.JobId!, ShareDisability = request.ShareDisability });
        return TypedResults.Created($"/api/fairs/{roomId}/booths/{employerId}/place", place);
    }

    private static async Task<Ok<QueuePlace>> PlaceAsync(string roomId, string employerId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).GetPlace(user.PersonId()!));

    private static async Task<Ok<QueuePlace>> LeaveAsync(string roomId, string employerId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).Leave(user.PersonId()!));

    private static async Task<Ok<InterviewView>> AnswerAsync(string roomId, string employerId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).Answer(user.PersonId()!));
}
