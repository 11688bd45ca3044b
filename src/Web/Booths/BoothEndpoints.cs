using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>
/// A booth's public face and its set-up. The booth grain asks the employer organisation who may change what,
/// with the signed-in person as the actor, so ids in the URL give nobody rights they do not have.
/// </summary>
internal static class BoothEndpoints
{
    public static RouteGroupBuilder MapBooth(this RouteGroupBuilder booth)
    {
        booth.MapGet("", GetAsync)
            .WithName("GetBooth")
            .WithSummary("A booth: its status, queue length, estimated wait and published jobs (anyone)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        booth.MapPut("/setup", SetupAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("UpdateBoothSetup")
            .WithSummary("Choose the booth's jobs and recruiters (the employer's admins)")
            .WithDescription("Jobs must be the employer's published jobs; recruiters must be members with the Recruiter role.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        booth.MapPut("/settings", SettingsAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("UpdateBoothSettings")
            .WithSummary("Change the queue's capacity, answer time and disconnect grace (the booth's recruiters and the employer's admins)")
            .WithDescription("Times are \"hh:mm:ss\". Fields left out keep their current value.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        booth.MapPut("/status", StatusAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("SetBoothStatus")
            .WithSummary("Open, pause or close the booth (the booth's recruiters and the employer's admins)")
            .WithDescription("Paused and closed booths take no new applicants; people already waiting are still called.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return booth;
    }

    internal static IBoothGrain Booth(IGrainFactory grains, string roomId, string employerId) =>
        grains.GetGrain<IBoothGrain>(BoothIds.For(roomId, employerId));

    private static async Task<Ok<BoothDetails>> GetAsync(string roomId, string employerId, IGrainFactory grains)
    {
        var view = await Booth(grains, roomId, employerId).GetView();
        return TypedResults.Ok(new BoothDetails(view, await PublishedJobs.OfAsync(grains, view.JobIds)));
    }

    private static async Task<Ok<BoothView>> SetupAsync(
        string roomId, string employerId, BoothSetupRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var setup = new BoothSetup { JobIds = request.JobIds ?? [], RecruiterIds = request.RecruiterIds ?? [] };
        return TypedResults.Ok(await Booth(grains, roomId, employerId).UpdateSetup(user.PersonId()!, setup));
    }

    private static async Task<Ok<BoothView>> SettingsAsync(
        string roomId, string employerId, BoothSettingsRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var booth = Booth(grains, roomId, employerId);
        var current = (await booth.GetView()).Settings;
        var settings = new BoothSettings
        {
            Capacity = request.Capacity ?? current.Capacity,
            AnswerTime = request.AnswerTime ?? current.AnswerTime,
            DisconnectGrace = request.DisconnectGrace ?? current.DisconnectGrace,
        };
        return TypedResults.Ok(await booth.UpdateSettings(user.PersonId()!, settings));
    }

    private static async Task<Results<Ok<BoothView>, ValidationProblem>> StatusAsync(
        string roomId, string employerId, BoothStatusRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.Status is not { } status)
        {
            return BoothProblems.Missing("status", "Choose Open, Paused or Closed.");
        }

        return TypedResults.Ok(await Booth(grains, roomId, employerId).SetStatus(user.PersonId()!, status));
    }
}
