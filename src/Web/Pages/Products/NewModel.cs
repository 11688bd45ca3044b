using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Organisations;
using LiveFair.Web.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>Listing a new product (the workshop's admins and streamers); photos are added on the edit page it leads to.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class NewModel(IGrainFactory grains, WorkshopAccess access, Texts texts) : PageModel
{
    [BindProperty]
    public ProductFormInput Input { get; set; } = new() { Stock = 1 };

    public FormErrors Errors { get; } = new(texts);

    public OrganisationView Workshop { get; private set; } = null!;

    public IReadOnlyList<Maker> Makers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string orgId) => await LoadAsync(orgId) ?? Page();

    public async Task<IActionResult> OnPostAsync(string orgId)
    {
        if (await LoadAsync(orgId) is { } refused)
        {
            return refused;
        }

        if (ProductForm.Check(Input, Errors, texts) is not { } listing)
        {
            return Page();
        }

        ProductView product;
        try
        {
            product = await grains.GetGrain<IProductGrain>(ProductIds.New()).Create(User.PersonId()!, orgId, listing);
        }
        catch (DomainException refusal)
        {
            ProductForm.Refused(refusal, Errors, texts);
            return Page();
        }

        TempData[StatusMessage.Key] = texts.Format("products.new.created", product.Listing.Title);
        return Redirect($"/products/{product.ProductId}/edit");
    }

    private async Task<IActionResult?> LoadAsync(string orgId)
    {
        try
        {
            Workshop = await access.GetWorkshopAsync(orgId);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!await access.IsManagerAsync(orgId, User.PersonId()))
        {
            return Forbid();
        }

        Makers = [.. (await grains.GetGrain<IWorkshopGrain>(orgId).GetMakers(User.PersonId()!)).Where(maker => !maker.Removed)];
        return null;
    }
}
