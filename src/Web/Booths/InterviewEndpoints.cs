using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>
/// One 1:1 text interview, for its two sides only: the applicant and the recruiter who called them (any of the
/// booth's recruiters may read it after it ended). Everyone else gets 404, so application ids cannot be probed.
/// Messages are plain text, kept as typed and returned as JSON strings; pages show them escaped.
/// </summary>
internal static class InterviewEndpoints
{
    public static RouteGroupBuilder MapBoothInterviews(this RouteGroupBuilder booth)
    {
        var interview = booth.MapGroup("/interviews/{applicationId}").RequireAuthorization(RoomPolicies.SignedIn);
        interview.MapGet("", GetAsync)
            .WithName("GetInterview")
            .WithSummary("The interview with its messages and video link (its applicant and recruiter)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        interview.MapPost("/messages", PostMessageAsync)
            .WithName("PostInterviewMessage")
            .WithSummary($"Send a text message in the interview (at most {BoothLimits.InterviewMessage} characters)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        interview.MapPut("/video-link", VideoLinkAsync)
            .WithName("SetInterviewVideoLink")
            .WithSummary("Offer a video call link (http or https), or remove it with an empty url (the interviewing recruiter)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        interview.MapPost("/end", EndAsync)
            .WithName("EndInterview")
            .WithSummary("End the interview (either side)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return booth;
    }

    private static async Task<Ok<InterviewView>> GetAsync(
        string roomId, string employerId, string applicationId, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).GetInterview(user.PersonId()!, applicationId));
    }

    private static async Task<Results<Created<InterviewMessage>, ValidationProblem>> PostMessageAsync(
        string roomId, string employerId, string applicationId, InterviewMessageRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.Text is null)
        {
            return BoothProblems.Missing("text", "Write a message.");
        }

        var message = await BoothEndpoints.Booth(grains, roomId, employerId).PostMessage(user.PersonId()!, applicationId, request.Text);
        return TypedResults.Created($"/api/fairs/{roomId}/booths/{employerId}/interviews/{applicationId}", message);
    }

    private static async Task<Ok<InterviewView>> VideoLinkAsync(
        string roomId, string employerId, string applicationId, VideoLinkRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url;
        return TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).SetVideoLink(user.PersonId()!, applicationId, url));
    }

    private static async Task<Ok<InterviewView>> EndAsync(string roomId, string employerId, string applicationId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await BoothEndpoints.Booth(grains, roomId, employerId).EndInterview(user.PersonId()!, applicationId));
}
