using LiveFair.Contracts.Common;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Media;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Pages.Products;
using LiveFair.Web.Workshops;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Workshops;

/// <summary>
/// The makers page's photo form, posted without script. It has a page of its own because the anti-forgery check
/// reads the form, and a form over the size limit must get a clear message rather than a bare 400: this page reads
/// the form itself (with the media size limit), then checks the token.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
[IgnoreAntiforgeryToken]
public sealed class MakerPhotoModel(WorkshopAccess access, MakerPhotos photos, ImagePipeline pipeline, IAntiforgery antiforgery, Texts texts) : PageModel
{
    public const string ErrorKey = "livefair.maker_photo_error";

    /// <summary>The alt text typed with a refused upload, so the makers page offers it again.</summary>
    public const string AltTextKey = "livefair.maker_photo_alt";
    public const string ErrorMakerKey = "livefair.maker_photo_maker";

    public IActionResult OnGet(string orgId) => Redirect($"/orgs/{orgId}/makers");

    public async Task<IActionResult> OnPostAsync(string orgId, string makerId, CancellationToken cancellationToken)
    {
        if (!MakerIds.IsValid(makerId))
        {
            return NotFound();
        }

        try
        {
            await access.GetWorkshopAsync(orgId);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!await access.IsManagerAsync(orgId, User.PersonId()))
        {
            return Forbid();
        }

        var back = $"/orgs/{orgId}/makers";
        var form = await PhotoForms.ReadAsync(HttpContext, antiforgery, pipeline, texts, cancellationToken);
        if (form.Error is { } error)
        {
            TempData[ErrorKey] = error;
            TempData[ErrorMakerKey] = makerId;
            TempData[AltTextKey] = form.AltText;
            return form.Forged ? BadRequest() : Redirect(back);
        }

        try
        {
            var maker = await photos.StoreAsync(orgId, makerId, User.PersonId()!, form.AltText!, form.Image!, cancellationToken);
            TempData[StatusMessage.Key] = texts.Format("makers.photo_saved", maker.DisplayName);
        }
        catch (DomainException refusal)
        {
            TempData[ErrorKey] = PhotoForms.Refusal(texts, refusal.Code);
            TempData[ErrorMakerKey] = makerId;
            TempData[AltTextKey] = form.AltText;
        }

        return Redirect(back);
    }
}
