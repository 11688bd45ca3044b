using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Fairs;

/// <summary>Pinning a job or a booth to the stream (room staff); viewers get it as a PinChanged room event.</summary>
internal static class FairPinEndpoints
{
    public static RouteGroupBuilder MapFairPins(this RouteGroupBuilder fairs)
    {
        var pin = fairs.MapGroup("/{roomId:fairroom}/pin").RequireAuthorization(RoomPolicies.SignedIn);
        pin.MapPut("", PinAsync)
            .WithName("PinFairCard")
            .WithSummary("Pin a booth, or one of a booth's published jobs, to the stream (streamers and helpers of the host)")
            .WithDescription("Replaces whatever was pinned. The job must be published and in the booth.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        pin.MapDelete("", UnpinAsync)
            .WithName("UnpinFairCard")
            .WithSummary("Take the pinned card off the stream (streamers and helpers of the host)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return fairs;
    }

    private static async Task<Ok<RoomPin>> PinAsync(string roomId, PinRequest request, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        await SendPinAsync(grains.GetGrain<IFairGrain>(roomId), user.PersonId()!, roomId, request);
        var snapshot = await grains.GetGrain<IRoomGrain>(roomId).GetSnapshot();
        return TypedResults.Ok(snapshot.Pin!);
    }

    /// <summary>Checks the shape of the request, then asks the fair grain, which checks everything else.</summary>
    public static Task SendPinAsync(IFairGrain fair, string actorId, string roomId, PinRequest request)
    {
        ArgumentNullException.ThrowIfNull(fair);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            throw FairErrors.Invalid("fair.pin_kind", "kind must be Job or Booth.");
        }

        if (!OrganisationIds.IsValid(request.EmployerId))
        {
            throw FairErrors.Invalid("fair.employer_invalid", "employerId must be an organisation id such as org-3f9a1c2b7d.");
        }

        var boothId = BoothIds.For(roomId, request.EmployerId!);
        if (kind == RoomPinKind.Booth)
        {
            return request.JobId is null
                ? fair.PinBooth(actorId, boothId)
                : throw FairErrors.Invalid("fair.pin_job_unexpected", "A booth pin takes no jobId.");
        }

        return JobIds.IsValid(request.JobId)
            ? fair.PinJob(actorId, boothId, request.JobId!)
            : throw FairErrors.Invalid("fair.pin_job_invalid", "A job pin needs the jobId of a published job in the booth.");
    }

    private static async Task<NoContent> UnpinAsync(string roomId, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        await grains.GetGrain<IFairGrain>(roomId).Unpin(user.PersonId()!);
        return TypedResults.NoContent();
    }
}
