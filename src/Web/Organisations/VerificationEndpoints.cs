using System.Security.Claims;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Organisations;

/// <summary>Platform admins mark organisations as checked; viewers then see the verified badge.</summary>
internal static class VerificationEndpoints
{
    public static WebApplication MapOrganisationVerification(this WebApplication app)
    {
        app.MapPost("/api/admin/orgs/{id:orgid}/verification", SetAsync)
            .RequireAuthorization(RoomPolicies.PlatformAdmin)
            .WithTags("Platform admin")
            .WithName("SetOrganisationVerification")
            .WithSummary("Verify or unverify an organisation (platform admins only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<OrganisationView>, ValidationProblem>> SetAsync(
        string id, VerificationRequest request, ClaimsPrincipal user, IGrainFactory grains, OrganisationAudit audit)
    {
        if (request.Verified is not { } verified)
        {
            return OrganisationProblems.Invalid([new FieldError("verified", "required", "Send verified: true or false.")]);
        }

        var admin = user.PersonId()!;
        var view = await grains.GetGrain<IOrganisationGrain>(id).SetVerified(verified, admin);
        audit.VerificationSet(id, verified, admin);
        return TypedResults.Ok(view);
    }
}
