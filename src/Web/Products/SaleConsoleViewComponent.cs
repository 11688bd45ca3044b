using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Sales;
using Microsoft.AspNetCore.Mvc;

namespace LiveFair.Web.Products;

/// <summary>What the console's pin list draws: the room and its workshop's products.</summary>
public sealed record SaleConsoleView(RoomSnapshot Room, IReadOnlyList<ProductView> Products);

/// <summary>
/// The room console's product list for a charity sale, with a pin or unpin button per product. A view component so
/// that the console page only names it; the products come from the catalog of the room's host workshop.
/// </summary>
public sealed class SaleConsoleViewComponent(ProductCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RoomSnapshot room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var products = await catalog.ListByWorkshopAsync(room.Details.HostOrganisationId, HttpContext.RequestAborted);
        return View("/Pages/Products/_SaleConsole.cshtml", new SaleConsoleView(room, products));
    }
}
