using System.Security.Claims;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Organisations;

/// <summary>Reading, creating and editing an organisation's profile.</summary>
internal static class ProfileEndpoints
{
    public static RouteGroupBuilder MapOrganisationProfiles(this RouteGroupBuilder orgs)
    {
        orgs.MapGet("", ListAsync)
            .WithName("ListOrganisations")
            .WithSummary("The public directory of organisations, by name")
            .WithDescription("Filter with ?verified=true|false and ?kind=Employer|Workshop|ServiceOrganisation.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        orgs.MapGet("/{id:orgid}", GetAsync)
            .WithName("GetOrganisation")
            .WithSummary("An organisation's public profile and whether a platform admin has verified it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orgs.MapPost("", CreateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("CreateOrganisation")
            .WithSummary("Create an organisation; you become its first admin")
            .WithDescription("Industry, size and accessibility facts are for employers only; other kinds must leave them out.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        orgs.MapPut("/{id:orgid}", UpdateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("UpdateOrganisation")
            .WithSummary("Replace the profile (admins of the organisation)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return orgs;
    }

    private static async Task<Ok<OrganisationSummary[]>> ListAsync(bool? verified, OrganisationKind? kind, OrganisationListing listing, CancellationToken cancellationToken) =>
        TypedResults.Ok((await listing.ListAsync(verified, kind, cancellationToken)).Select(OrganisationSummary.From).ToArray());

    private static async Task<Ok<OrganisationView>> GetAsync(string id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IOrganisationGrain>(id).GetView());

    private static async Task<Results<Created<OrganisationView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OrganisationInput input, ClaimsPrincipal user, AccountIdentities accounts, IGrainFactory grains, OrganisationAudit audit)
    {
        var errors = OrganisationRules.Validate(input, out var profile);
        if (errors.Count > 0)
        {
            return OrganisationProblems.Invalid(errors);
        }

        if (await accounts.CurrentAsync(user) is not { } creator)
        {
            return OrganisationProblems.AccountMissing();
        }

        var id = OrganisationIds.New();
        var view = await grains.GetGrain<IOrganisationGrain>(id).Create(profile!, creator);
        audit.Created(id, creator.PersonId);
        return TypedResults.Created($"/api/orgs/{id}", view);
    }

    private static async Task<Results<Ok<OrganisationView>, ValidationProblem>> UpdateAsync(
        string id, OrganisationInput input, ClaimsPrincipal user, IGrainFactory grains, OrganisationAudit audit)
    {
        var errors = OrganisationRules.Validate(input, out var profile);
        if (errors.Count > 0)
        {
            return OrganisationProblems.Invalid(errors);
        }

        var actor = user.PersonId()!;
        var view = await grains.GetGrain<IOrganisationGrain>(id).UpdateProfile(actor, profile!);
        audit.ProfileUpdated(id, actor);
        return TypedResults.Ok(view);
    }
}
