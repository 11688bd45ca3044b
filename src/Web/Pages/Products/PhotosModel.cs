using LiveFair.Contracts.Common;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Products;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>
/// The edit page's photo form when it is posted without script (with script it goes to the API and shows progress).
/// A page of its own because it reads the form itself, within the media size limit, before the anti-forgery check:
/// a form over the limit gets a clear message instead of a bare 400.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
[IgnoreAntiforgeryToken]
public sealed class PhotosModel(ProductAccess access, ProductPhotos photos, ImagePipeline pipeline, IAntiforgery antiforgery, Texts texts) : PageModel
{
    public const string ErrorKey = "livefair.product_photo_error";

    /// <summary>The alt text typed with a refused upload, so the edit page offers it again (a file input cannot be refilled).</summary>
    public const string AltTextKey = "livefair.product_photo_alt";

    public IActionResult OnGet(string productId) => Redirect($"/products/{productId}/edit");

    public async Task<IActionResult> OnPostAsync(string productId, CancellationToken cancellationToken)
    {
        try
        {
            var product = await access.GetAsync(productId);
            if (!await access.IsManagerAsync(product, User.PersonId()))
            {
                return Forbid();
            }
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        var back = $"/products/{productId}/edit";
        var form = await PhotoForms.ReadAsync(HttpContext, antiforgery, pipeline, texts, cancellationToken);
        if (form.Error is { } error)
        {
            TempData[ErrorKey] = error;
            TempData[AltTextKey] = form.AltText;
            return form.Forged ? BadRequest() : Redirect(back);
        }

        try
        {
            await photos.StoreAsync(productId, User.PersonId()!, form.AltText!, form.Image!, cancellationToken);
            TempData[StatusMessage.Key] = texts["products.edit.photo_uploaded"];
        }
        catch (DomainException refusal)
        {
            TempData[ErrorKey] = PhotoForms.Refusal(texts, refusal.Code);
            TempData[AltTextKey] = form.AltText;
        }

        return Redirect(back);
    }
}
