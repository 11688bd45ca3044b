using System.Security.Claims;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Organisations;

/// <summary>Inviting people by email address, and joining with the invitation link.</summary>
internal static class InvitationEndpoints
{
    public static RouteGroupBuilder MapOrganisationInvitations(this RouteGroupBuilder orgs)
    {
        var invitations = orgs.MapGroup("/{id:orgid}/invitations").RequireAuthorization(RoomPolicies.SignedIn);
        invitations.MapPost("", InviteAsync)
            .WithName("InviteToOrganisation")
            .WithSummary("Invite a person by email with the roles they will have (admins only)")
            .WithDescription("The link is mailed to the invited address (mailQueued says whether the mail outbox took it) and the answer carries the link and its code this once. It works for 7 days, once, and only for an account with the invited email.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapGet("", ListAsync)
            .WithName("ListOrganisationInvitations")
            .WithSummary("Open invitations, without their links (admins only)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        invitations.MapDelete("/{invitationId:length(1,64)}", RevokeAsync)
            .WithName("RevokeOrganisationInvitation")
            .WithSummary("Revoke an open invitation; its link stops working (admins only)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        orgs.MapPost("/{id:orgid}/join", JoinAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("JoinOrganisation")
            .WithSummary("Join with the code of an invitation link")
            .WithDescription("The signed-in account's email must be the invited one. Refusals: 400 organisation.invitation_invalid (not a link this site made), 409 organisation.invitation_expired, 403 organisation.invitation_other_person, 404 organisation.invitation_not_found (used or revoked).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return orgs;
    }

    private static async Task<Results<Created<CreatedInvitationResponse>, ValidationProblem>> InviteAsync(
        string id,
        InvitationRequest request,
        ClaimsPrincipal user,
        HttpContext context,
        IGrainFactory grains,
        InvitationCodes codes,
        InvitationLinks links,
        InvitationMail mail,
        OrganisationAudit audit)
    {
        var errors = MembershipRules.Validate(request, out var input);
        if (errors.Count > 0)
        {
            return OrganisationProblems.Invalid(errors);
        }

        var actor = user.PersonId()!;
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        var invitation = await organisation.Invite(actor, input!);
        audit.Invited(id, invitation.InvitationId, actor);
        var code = codes.Create(invitation);
        var mailed = mail.TryQueue((await organisation.GetView()).Profile.Name, invitation, code);

        // The link is a secret shown once: no cache may keep this answer.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created(
            $"/api/orgs/{id}/invitations/{invitation.InvitationId}",
            CreatedInvitationResponse.From(invitation, code, links.ForAdmin(context.Request, id, code).AbsoluteUri, mailed));
    }

    private static async Task<Ok<InvitationResponse[]>> ListAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok((await grains.GetGrain<IOrganisationGrain>(id).GetInvitations(user.PersonId()!)).Select(InvitationResponse.From).ToArray());

    private static async Task<NoContent> RevokeAsync(string id, string invitationId, ClaimsPrincipal user, IGrainFactory grains, OrganisationAudit audit)
    {
        var actor = user.PersonId()!;
        await grains.GetGrain<IOrganisationGrain>(id).RevokeInvitation(actor, invitationId);
        audit.InvitationRevoked(id, invitationId, actor);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> JoinAsync(
        string id, JoinRequest request, ClaimsPrincipal user, AccountIdentities accounts, InvitationAcceptance acceptance)
    {
        if (await accounts.CurrentAsync(user) is not { } person)
        {
            return OrganisationProblems.AccountMissing();
        }

        var member = await acceptance.JoinAsync(id, request.Token, person);
        return TypedResults.Ok(MemberResponse.From(member, withEmail: true));
    }
}
