using System.Security.Claims;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Workshops;

/// <summary>A workshop's makers: listing (everything for its managers, the consented public view for others), keeping them, and their photos.</summary>
internal static class MakerEndpoints
{
    public static WebApplication MapMakerEndpoints(this WebApplication app)
    {
        var makers = app.MapGroup("/api/orgs/{orgId:orgid}/makers").WithTags("Makers");
        makers.MapGet("", ListAsync)
            .WithName("ListMakers")
            .WithSummary("The workshop's makers: every detail for its admins and streamers; for anyone else only makers who consented, the others without name")
            .Produces<Maker[]>()
            .Produces<PublicMaker[]>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        makers.MapPost("", AddAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("AddMaker")
            .WithSummary("Add a maker (the workshop's admins and streamers); consent to be shown publicly is recorded with who and when")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var maker = makers.MapGroup("/{makerId}").RequireAuthorization(RoomPolicies.SignedIn);
        maker.MapPut("", UpdateAsync)
            .WithName("UpdateMaker")
            .WithSummary("Replace a maker's name, story and consent answer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        maker.MapDelete("", RemoveAsync)
            .WithName("RemoveMaker")
            .WithSummary("Remove a maker; the record is kept, marked removed, so past sales still name who earned them")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        maker.MapPut("/photo", SetPhotoAsync)
            .WithName("SetMakerPhoto")
            .WithSummary("Upload the maker's photo as multipart/form-data: 'file' (JPEG, PNG or WebP) and 'altText' (required)")
            .WithDescription("The photo is checked while it streams in, turned upright, stripped of all metadata and stored as WebP renditions and a JPEG; a photo it replaces is removed.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        maker.MapDelete("/photo", ClearPhotoAsync)
            .WithName("ClearMakerPhoto")
            .WithSummary("Remove the maker's photo and its renditions")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(string orgId, ClaimsPrincipal user, WorkshopAccess access, IGrainFactory grains)
    {
        await access.GetWorkshopAsync(orgId);
        var workshop = grains.GetGrain<IWorkshopGrain>(orgId);
        return await access.IsManagerAsync(orgId, user.PersonId())
            ? TypedResults.Ok((await workshop.GetMakers(user.PersonId()!)).ToArray())
            : TypedResults.Ok((await workshop.GetPublicMakers()).ToArray());
    }

    private static async Task<Results<Created<Maker>, ValidationProblem>> AddAsync(
        string orgId, MakerRequest request, ClaimsPrincipal user, WorkshopAccess access, IGrainFactory grains)
    {
        await access.GetWorkshopAsync(orgId);
        var errors = MakerInputRules.Validate(request, out var input);
        if (errors.Count > 0)
        {
            return WorkshopProblems.Invalid(errors);
        }

        var maker = await grains.GetGrain<IWorkshopGrain>(orgId).AddMaker(user.PersonId()!, input!);
        return TypedResults.Created($"/api/orgs/{orgId}/makers/{maker.MakerId}", maker);
    }

    private static async Task<Results<Ok<Maker>, ValidationProblem>> UpdateAsync(
        string orgId, string makerId, MakerRequest request, ClaimsPrincipal user, WorkshopAccess access, IGrainFactory grains)
    {
        await RequireMakerIdAsync(access, orgId, makerId);
        var errors = MakerInputRules.Validate(request, out var input);
        if (errors.Count > 0)
        {
            return WorkshopProblems.Invalid(errors);
        }

        return TypedResults.Ok(await grains.GetGrain<IWorkshopGrain>(orgId).UpdateMaker(user.PersonId()!, makerId, input!));
    }

    private static async Task<Ok<Maker>> RemoveAsync(string orgId, string makerId, ClaimsPrincipal user, WorkshopAccess access, IGrainFactory grains)
    {
        await RequireMakerIdAsync(access, orgId, makerId);
        return TypedResults.Ok(await grains.GetGrain<IWorkshopGrain>(orgId).RemoveMaker(user.PersonId()!, makerId));
    }

    private static async Task<IResult> SetPhotoAsync(
        string orgId, string makerId, HttpRequest request, ClaimsPrincipal user, WorkshopAccess access, MakerPhotos photos, CancellationToken cancellationToken)
    {
        await RequireMakerIdAsync(access, orgId, makerId);

        // Checked before a byte of the upload is read: nobody else can make the server decode images here.
        await access.RequireManagerAsync(orgId, user.PersonId());
        var outcome = await photos.SetAsync(orgId, makerId, user.PersonId()!, request, cancellationToken);
        return outcome.ToResult(request.Path, maker => TypedResults.Ok(maker));
    }

    private static async Task<Ok<Maker>> ClearPhotoAsync(string orgId, string makerId, ClaimsPrincipal user, WorkshopAccess access, MakerPhotos photos)
    {
        await RequireMakerIdAsync(access, orgId, makerId);
        return TypedResults.Ok(await photos.ClearAsync(orgId, makerId, user.PersonId()!));
    }

    private static async Task RequireMakerIdAsync(WorkshopAccess access, string orgId, string makerId)
    {
        await access.GetWorkshopAsync(orgId);
        if (!MakerIds.IsValid(makerId))
        {
            throw WorkshopProblems.MakerNotFound(makerId);
        }
    }
}
