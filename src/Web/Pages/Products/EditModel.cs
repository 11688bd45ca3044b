using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Products;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>
/// Editing a product (the workshop's admins and streamers): the listing, the sale terms and the photos. Uploads go
/// to the API with progress shown when script runs, and to <see cref="PhotosModel"/> as a plain form when it does not.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class EditModel(IGrainFactory grains, ProductAccess access, ProductPhotos photos, ImagePipeline pipeline, Texts texts) : PageModel
{
    /// <summary>What was typed as alt text with an upload that was refused; offered again in the upload form.</summary>
    public string? UploadAltText { get; private set; }

    [BindProperty]
    public ProductFormInput Input { get; set; } = new();

    [BindProperty]
    public TermsFormInput Terms { get; set; } = new();

    [BindProperty]
    public string? AltText { get; set; }

    public FormErrors Errors { get; } = new(texts);

    public FormErrors TermsErrors { get; } = new(texts, "terms-");

    public FormErrors PhotoErrors { get; } = new(texts, "photo-");

    /// <summary>The photo whose description form failed, if any.</summary>
    public string? FailedPhotoId { get; private set; }

    public ProductView Product { get; private set; } = null!;

    public IReadOnlyList<Maker> Makers { get; private set; } = [];

    public string ConfigJson => ProductScriptConfig.Serialize(texts, $"/api/products/{Product.ProductId}/photos", pipeline.Options.MaxUploadBytes);

    public long MaxUploadMegabytes => pipeline.Options.MaxUploadBytes / (1024 * 1024);

    private string Me => User.PersonId()!;

    public async Task<IActionResult> OnGetAsync(string productId, bool uploaded = false)
    {
        if (await LoadAsync(productId) is { } refused)
        {
            return refused;
        }

        Input = ProductFormInput.From(Product.Listing);
        Terms = TermsFormInput.From(Product.Terms);
        if (uploaded)
        {
            TempData[StatusMessage.Key] = texts["products.edit.photo_uploaded"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string productId)
    {
        if (await LoadAsync(productId) is { } refused)
        {
            return refused;
        }

        Terms = TermsFormInput.From(Product.Terms);
        if (ProductForm.Check(Input, Errors, texts) is not { } listing)
        {
            return Page();
        }

        return await ChangeAsync(() => grains.GetGrain<IProductGrain>(productId).Update(Me, listing), Errors, texts.Format("products.list.saved", listing.Title));
    }

    public async Task<IActionResult> OnPostTermsAsync(string productId)
    {
        if (await LoadAsync(productId) is { } refused)
        {
            return refused;
        }

        Input = ProductFormInput.From(Product.Listing);
        if (ProductForm.Check(Terms, TermsErrors, texts) is not { } terms)
        {
            return Page();
        }

        return await ChangeAsync(() => grains.GetGrain<IProductGrain>(productId).SetTerms(Me, terms), TermsErrors, texts["products.edit.terms_saved"]);
    }

    public async Task<IActionResult> OnPostDescribeAsync(string productId, string photoId)
    {
        if (await LoadAsync(productId) is { } refused)
        {
            return refused;
        }

        Input = ProductFormInput.From(Product.Listing);
        Terms = TermsFormInput.From(Product.Terms);
        var errors = new List<FieldError>();
        var altText = AltTextRules.Validate(AltText, errors);
        if (altText is null)
        {
            FailedPhotoId = photoId;
            PhotoErrors.Add(errors.Select(e => e with { Field = $"{photoId}-altText", Message = texts[ProductTexts.ErrorKey(e.Code)] }));
            return Page();
        }

        FailedPhotoId = photoId;
        return await ChangeAsync(() => grains.GetGrain<IProductGrain>(productId).DescribePhoto(Me, photoId, altText), PhotoErrors, texts["products.edit.photo_described"]);
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(string productId, string photoId)
    {
        if (await LoadAsync(productId) is { } refused)
        {
            return refused;
        }

        Input = ProductFormInput.From(Product.Listing);
        Terms = TermsFormInput.From(Product.Terms);
        return await ChangeAsync(() => photos.RemoveAsync(productId, Me, photoId), PhotoErrors, texts["products.edit.photo_removed"]);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<ProductView>> change, FormErrors errors, string done)
    {
        try
        {
            Product = await change();
        }
        catch (DomainException refusal)
        {
            ProductForm.Refused(refusal, errors, texts);
            return Page();
        }

        TempData[StatusMessage.Key] = done;
        // No fragment: the status message at the top takes the focus and says what happened.
        return Redirect($"/products/{Product.ProductId}/edit");
    }

    /// <summary>Null when the page may be shown; 404 for an unknown product, 403 for anyone who does not keep its workshop's products.</summary>
    private async Task<IActionResult?> LoadAsync(string productId)
    {
        try
        {
            Product = await access.GetAsync(productId);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!await access.IsManagerAsync(Product, User.PersonId()))
        {
            return Forbid();
        }

        Makers = [.. (await grains.GetGrain<IWorkshopGrain>(Product.WorkshopId).GetMakers(Me)).Where(maker => !maker.Removed || Product.Listing.MakerIds.Contains(maker.MakerId))];
        if (TempData[PhotosModel.ErrorKey] is string photoError)
        {
            PhotoErrors.Add([new FieldError("altText", "photo", photoError)]);
            UploadAltText = TempData[PhotosModel.AltTextKey] as string;
        }

        return null;
    }
}
