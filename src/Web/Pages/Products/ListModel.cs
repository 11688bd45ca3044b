using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Sales;
using LiveFair.Web.Identity;
using LiveFair.Web.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Products;

/// <summary>A workshop's products with their stock, for its admins and streamers.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ListModel(WorkshopAccess access, ProductCatalog catalog) : PageModel
{
    public OrganisationView Workshop { get; private set; } = null!;

    public IReadOnlyList<ProductView> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string orgId, CancellationToken cancellationToken)
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

        Products = await catalog.ListByWorkshopAsync(orgId, cancellationToken);
        return Page();
    }
}
