using System.Security.Claims;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Organisations;

/// <summary>
/// Members and their roles. Every call passes the signed-in person as the actor and the organisation grain
/// decides, so nobody acts in an organisation they do not belong to, whatever ids they put in the URL.
/// </summary>
internal static class MemberEndpoints
{
    public static RouteGroupBuilder MapOrganisationMembers(this RouteGroupBuilder orgs)
    {
        var members = orgs.MapGroup("/{id:orgid}/members").RequireAuthorization(RoomPolicies.SignedIn);
        members.MapGet("", ListAsync)
            .WithName("ListOrganisationMembers")
            .WithSummary("The members and their roles (members only; emails for admins only)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        members.MapPut("/{personId:length(1,128)}/roles", SetRolesAsync)
            .WithName("SetOrganisationMemberRoles")
            .WithSummary("Replace a member's roles (admins only)")
            .WithDescription("The organisation's last admin cannot lose the admin role: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        members.MapDelete("/{personId:length(1,128)}", RemoveAsync)
            .WithName("RemoveOrganisationMember")
            .WithSummary("Remove a member (admins), or leave (your own person id)")
            .WithDescription("The organisation's last admin cannot leave: 409.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return orgs;
    }

    private static async Task<Ok<MemberResponse[]>> ListAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var actor = user.PersonId()!;
        var organisation = grains.GetGrain<IOrganisationGrain>(id);
        var members = await organisation.GetMembers(actor);
        var isAdmin = (await organisation.GetRoles(actor)).Contains(OrganisationRole.Admin);
        return TypedResults.Ok(members.Select(member => MemberResponse.From(member, withEmail: isAdmin)).ToArray());
    }

    private static async Task<Results<Ok<MemberResponse>, ValidationProblem>> SetRolesAsync(
        string id, string personId, RolesRequest request, ClaimsPrincipal user, IGrainFactory grains, OrganisationAudit audit)
    {
        var errors = MembershipRules.Validate(request, out var roles);
        if (errors.Count > 0)
        {
            return OrganisationProblems.Invalid(errors);
        }

        var actor = user.PersonId()!;
        var member = await grains.GetGrain<IOrganisationGrain>(id).SetRoles(actor, personId, roles);
        audit.RolesChanged(id, personId, actor);
        return TypedResults.Ok(MemberResponse.From(member, withEmail: true));
    }

    private static async Task<NoContent> RemoveAsync(string id, string personId, ClaimsPrincipal user, IGrainFactory grains, OrganisationAudit audit)
    {
        var actor = user.PersonId()!;
        await grains.GetGrain<IOrganisationGrain>(id).RemoveMember(actor, personId);
        audit.MemberRemoved(id, personId, actor);
        return TypedResults.NoContent();
    }
}
