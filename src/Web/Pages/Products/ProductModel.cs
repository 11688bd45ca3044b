using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Identity;
using LiveFair.Web.Products;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>The public product page: photos, price, live stock, makers (named only with their consent), the split and shipping.</summary>
public sealed class ProductModel(IGrainFactory grains, ProductAccess access, TimeProvider time) : PageModel
{
    public ProductView Product { get; private set; } = null!;

    public OrganisationView Workshop { get; private set; } = null!;

    /// <summary>The product's makers in its order: with a name when they consented, without one otherwise.</summary>
    public IReadOnlyList<PublicMaker> Makers { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string productId)
    {
        try
        {
            Product = await access.GetAsync(productId);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Now = time.GetUtcNow();
        Workshop = await grains.GetGrain<IOrganisationGrain>(Product.WorkshopId).GetView();
        if (Product.Listing.MakerIds.Count > 0)
        {
            var known = (await grains.GetGrain<IWorkshopGrain>(Product.WorkshopId).GetPublicMakers()).ToDictionary(maker => maker.MakerId, StringComparer.Ordinal);
            Makers = [.. Product.Listing.MakerIds.Select(id => known.TryGetValue(id, out var maker) ? maker : new PublicMaker { MakerId = id })];
        }

        CanEdit = await access.IsManagerAsync(Product, User.PersonId());
        return Page();
    }
}
