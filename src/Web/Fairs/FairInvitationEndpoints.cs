using System.Security.Claims;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Fairs;

/// <summary>
/// Inviting employers (the host's admins and streamers) and answering (the employer's admins and recruiters).
/// Web passes the signed-in person as the actor; the fair grain asks the organisations who they are.
/// </summary>
internal static class FairInvitationEndpoints
{
    public static RouteGroupBuilder MapFairInvitations(this RouteGroupBuilder fairs)
    {
        var invitations = fairs.MapGroup("/{roomId:fairroom}/invitations").RequireAuthorization(RoomPolicies.SignedIn);
        invitations.MapPost("", InviteAsync)
            .WithName("InviteFairEmployer")
            .WithSummary("Invite an employer to the fair (host admins and streamers); inviting again changes nothing")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapDelete("/{employerId:orgid}", WithdrawAsync)
            .WithName("WithdrawFairInvitation")
            .WithSummary("Withdraw an invitation the employer has not accepted (host admins and streamers)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapPost("/{employerId:orgid}/accept", AcceptAsync)
            .WithName("AcceptFairInvitation")
            .WithSummary("Accept for your employer and open its booth with chosen published jobs and recruiters (employer admins and recruiters)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapPost("/{employerId:orgid}/decline", DeclineAsync)
            .WithName("DeclineFairInvitation")
            .WithSummary("Decline for your employer (employer admins and recruiters)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return fairs;
    }

    public static RouteGroupBuilder MapEmployerFairInvitations(this RouteGroupBuilder orgs)
    {
        orgs.MapGet("/{orgId:orgid}/fair-invitations", ListAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("ListEmployerFairInvitations")
            .WithSummary("The fairs that invited this employer, with the answer given (members of the employer)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return orgs;
    }

    private static async Task<Ok<FairInvitation>> InviteAsync(string roomId, InviteEmployerRequest request, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        if (!Contracts.Organisations.OrganisationIds.IsValid(request.EmployerId))
        {
            throw FairErrors.Invalid("fair.employer_invalid", "employerId must be an organisation id such as org-3f9a1c2b7d.");
        }

        return TypedResults.Ok(await grains.GetGrain<IFairGrain>(roomId).InviteEmployer(user.PersonId()!, request.EmployerId!));
    }

    private static async Task<NoContent> WithdrawAsync(string roomId, string employerId, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        await grains.GetGrain<IFairGrain>(roomId).WithdrawInvitation(user.PersonId()!, employerId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<BoothView>> AcceptAsync(
        string roomId, string employerId, AcceptInvitationRequest request, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        var setup = new BoothSetup { JobIds = request.JobIds ?? [], RecruiterIds = request.RecruiterIds ?? [] };
        return TypedResults.Ok(await grains.GetGrain<IFairGrain>(roomId).AcceptInvitation(user.PersonId()!, employerId, setup));
    }

    private static async Task<NoContent> DeclineAsync(string roomId, string employerId, ClaimsPrincipal user, FairRooms rooms, IGrainFactory grains)
    {
        await rooms.RequireAsync(roomId);
        await grains.GetGrain<IFairGrain>(roomId).DeclineInvitation(user.PersonId()!, employerId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<EmployerFairInvitation[]>> ListAsync(string orgId, ClaimsPrincipal user, EmployerFairs fairs, CancellationToken cancellationToken) =>
        TypedResults.Ok((await fairs.InvitationsAsync(orgId, user.PersonId()!, cancellationToken)).ToArray());
}
