using System.Security.Claims;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Sales;
using LiveFair.Web.Identity;
using LiveFair.Web.Organisations;
using LiveFair.Web.Workshops;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Products;

/// <summary>Workshop products: the list, creating, reading, editing, sale terms, photos and pinning the card in a charity sale.</summary>
internal static class ProductEndpoints
{
    public const string InvalidInputType = "product.invalid_input";

    public static WebApplication MapProductEndpoints(this WebApplication app)
    {
        var orgProducts = app.MapGroup("/api/orgs/{orgId:orgid}/products").WithTags("Products");
        orgProducts.MapGet("", ListAsync)
            .WithName("ListWorkshopProducts")
            .WithSummary("A workshop's products, newest first, with stock as of a moment ago (the product itself has it live)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orgProducts.MapPost("", CreateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("CreateProduct")
            .WithSummary("List a product (the workshop's admins and streamers); money in fen, the split must add up to the price exactly")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var product = app.MapGroup("/api/products/{productId:productid}").WithTags("Products");
        product.MapGet("", GetAsync)
            .WithName("GetProduct")
            .WithSummary("A product with its live stock, terms and photos")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var managed = product.MapGroup("").RequireAuthorization(RoomPolicies.SignedIn);
        managed.MapPut("", UpdateAsync)
            .WithName("UpdateProduct")
            .WithSummary("Replace the listing; stock may not go below what is reserved and sold, open reservations keep their price")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        managed.MapPut("/terms", SetTermsAsync)
            .WithName("SetProductTerms")
            .WithSummary("Set the per-buyer limit and the flash-sale window (either may be left out)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        managed.MapProductPhotos();
        return app;
    }

    private static async Task<Ok<ProductView[]>> ListAsync(string orgId, WorkshopAccess access, ProductCatalog catalog, CancellationToken cancellationToken)
    {
        await access.GetWorkshopAsync(orgId);
        return TypedResults.Ok((await catalog.ListByWorkshopAsync(orgId, cancellationToken)).ToArray());
    }

    private static async Task<Results<Created<ProductView>, ValidationProblem>> CreateAsync(
        string orgId, ProductRequest request, ClaimsPrincipal user, WorkshopAccess access, IGrainFactory grains)
    {
        await access.GetWorkshopAsync(orgId);
        var errors = ProductInputRules.Validate(request, out var listing);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var id = ProductIds.New();
        var view = await grains.GetGrain<IProductGrain>(id).Create(user.PersonId()!, orgId, listing!);
        return TypedResults.Created($"/api/products/{id}", view);
    }

    private static async Task<Ok<ProductView>> GetAsync(string productId, ProductAccess access) =>
        TypedResults.Ok(await access.GetAsync(productId));

    private static async Task<Results<Ok<ProductView>, ValidationProblem>> UpdateAsync(string productId, ProductRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = ProductInputRules.Validate(request, out var listing);
        return errors.Count > 0 ? Invalid(errors) : TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).Update(user.PersonId()!, listing!));
    }

    private static async Task<Results<Ok<ProductView>, ValidationProblem>> SetTermsAsync(string productId, TermsRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = ProductInputRules.Validate(request, out var terms);
        return errors.Count > 0 ? Invalid(errors) : TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).SetTerms(user.PersonId()!, terms!));
    }

    internal static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            OrganisationRules.ToDictionary(errors),
            detail: "Some fields are missing or not valid; nothing was changed.",
            title: "Invalid input",
            type: InvalidInputType);
}

/// <summary>Photos and the pinned card: the parts of a product that involve the media store or a room.</summary>
internal static class ProductPhotoEndpoints
{
    public static RouteGroupBuilder MapProductPhotos(this RouteGroupBuilder product)
    {
        product.MapPost("/photos", AddPhotoAsync)
            .WithName("AddProductPhoto")
            .WithSummary("Upload a photo as multipart/form-data: 'altText' (required) and 'file' (JPEG, PNG or WebP)")
            .WithDescription("Checked while it streams in (size limit, format by content, declared pixels before decoding, damage), turned upright, "
                + "stripped of all metadata (EXIF, GPS) and stored as 1600, 800 and 320 px WebP and a 1600 px JPEG. On any refusal nothing is stored.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        product.MapPut("/photos/{photoId}", DescribePhotoAsync)
            .WithName("DescribeProductPhoto")
            .WithSummary("Change a photo's alt text")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        product.MapDelete("/photos/{photoId}", RemovePhotoAsync)
            .WithName("RemoveProductPhoto")
            .WithSummary("Remove a photo and its stored renditions")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        product.MapPost("/pin", PinAsync)
            .WithName("PinProduct")
            .WithSummary("Pin the product card in a live or scheduled charity sale of its workshop (its admins, streamers and helpers)")
            .WithDescription("Every viewer gets the card as a PinChanged room event, and its stock live as StockChanged events. Pinning elsewhere moves the pin.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        product.MapDelete("/pin", UnpinAsync)
            .WithName("UnpinProduct")
            .WithSummary("Take the product card off the room it is pinned in")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return product;
    }

    private static async Task<IResult> AddPhotoAsync(
        string productId, HttpRequest request, ClaimsPrincipal user, ProductAccess access, ProductPhotos photos, CancellationToken cancellationToken)
    {
        // Checked before a byte of the upload is read: nobody else can make the server decode images here.
        await access.RequireManagerAsync(productId, user.PersonId());
        var outcome = await photos.AddAsync(productId, user.PersonId()!, request, cancellationToken);
        return outcome.ToResult(request.Path, view => TypedResults.Created($"/api/products/{productId}", view));
    }

    private static async Task<Results<Ok<ProductView>, ValidationProblem>> DescribePhotoAsync(
        string productId, string photoId, AltTextRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new List<FieldError>();
        var altText = Media.AltTextRules.Validate(request.AltText, errors);
        if (altText is null)
        {
            return ProductEndpoints.Invalid(errors);
        }

        return TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).DescribePhoto(user.PersonId()!, photoId, altText));
    }

    private static async Task<Ok<ProductView>> RemovePhotoAsync(string productId, string photoId, ClaimsPrincipal user, ProductPhotos photos) =>
        TypedResults.Ok(await photos.RemoveAsync(productId, user.PersonId()!, photoId));

    private static async Task<Ok<ProductView>> PinAsync(string productId, PinProductRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!RoomIds.IsValid(request.RoomId))
        {
            throw new DomainException(ErrorKind.Invalid, "product.pin_room_invalid", "roomId must be the id of a charity-sale room of the product's workshop.");
        }

        return TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).PinTo(user.PersonId()!, request.RoomId));
    }

    private static async Task<Ok<ProductView>> UnpinAsync(string productId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IProductGrain>(productId).Unpin(user.PersonId()!));
}
