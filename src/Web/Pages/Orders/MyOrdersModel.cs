using LiveFair.Contracts.Orders;
using LiveFair.Silo.Orders;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Orders;

/// <summary>The signed-in buyer's orders, newest first, each linking to its receipt.</summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class MyOrdersModel(OrderIndex index) : PageModel
{
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Orders = await index.ListByBuyerAsync(User.PersonId()!, cancellationToken);
    }
}
