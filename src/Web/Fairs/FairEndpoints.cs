using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Fairs;

/// <summary>Creating a fair and reading it. Everything else about a fair hangs off <c>/api/fairs/{roomId}</c>.</summary>
internal static class FairEndpoints
{
    public static RouteGroupBuilder MapFairRoutes(this RouteGroupBuilder fairs)
    {
        fairs.MapPost("", CreateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("CreateFair")
            .WithSummary("Create a job fair: a room of kind JobFair hosted by your organisation (its admins and streamers)")
            .WithDescription("The host must be an employer or a service organisation. Title, description, times and urls follow the room rules; problems are 400 with a room.* type.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        fairs.MapGet("/{roomId:fairroom}", GetAsync)
            .WithName("GetFair")
            .WithSummary("A fair's invitations and booths (public)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return fairs;
    }

    private static async Task<Created<FairView>> CreateAsync(CreateFairRequest request, ClaimsPrincipal user, FairCreation creation, IGrainFactory grains)
    {
        var room = await creation.CreateAsync(user.PersonId()!, request);
        var view = await grains.GetGrain<IFairGrain>(room.RoomId).GetView();
        return TypedResults.Created($"/api/fairs/{room.RoomId}", view);
    }

    private static async Task<Ok<FairView>> GetAsync(string roomId, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        return TypedResults.Ok(await grains.GetGrain<IFairGrain>(roomId).GetView());
    }
}
