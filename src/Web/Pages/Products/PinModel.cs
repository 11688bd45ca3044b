using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>The console's pin and unpin buttons when they are posted without script; the product grain decides who may.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class PinModel(IGrainFactory grains, Texts texts) : PageModel
{
    public IActionResult OnGet(string productId) => Redirect($"/products/{productId}");

    public Task<IActionResult> OnPostAsync(string productId, string? roomId, string? returnUrl) =>
        ActAsync(roomId, returnUrl, product => RoomIds.IsValid(roomId)
            ? product.PinTo(User.PersonId()!, roomId)
            : throw new DomainException(ErrorKind.Invalid, "product.pin_room_invalid", "Choose a charity-sale room."), productId, "products.edit.pinned");

    public Task<IActionResult> OnPostUnpinAsync(string productId, string? roomId, string? returnUrl) =>
        ActAsync(roomId, returnUrl, product => product.Unpin(User.PersonId()!), productId, "products.edit.unpinned");

    private async Task<IActionResult> ActAsync(string? roomId, string? returnUrl, Func<IProductGrain, Task<ProductView>> act, string productId, string doneKey)
    {
        try
        {
            await act(grains.GetGrain<IProductGrain>(productId));
            TempData[StatusMessage.Key] = texts[doneKey];
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException refusal)
        {
            TempData[StatusMessage.Key] = PhotoForms.Refusal(texts, refusal.Code);
        }

        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : RoomIds.IsValid(roomId) ? $"/rooms/{roomId}/console" : $"/products/{productId}");
    }
}
