using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Orders;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Orders;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Orders;

/// <summary>
/// The workshop's sales dashboard for its admins and streamers: orders grouped by what is to be done with them
/// (pack, ship with a tracking number, mark delivered; cancel or refund), earnings per maker, the charity total
/// and the CSV. Each form posts on its own and comes back here with a message; a refused one keeps what was typed.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class SalesDashboardModel(IGrainFactory grains, OrderIndex index, WorkshopSales sales, WorkshopSalesAccess access, OrderPayments payments, Texts texts) : PageModel
{
    /// <summary>The order of the groups on the page: work to do first.</summary>
    public static readonly OrderStatus[] Groups =
    [
        OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered,
        OrderStatus.PendingPayment, OrderStatus.Cancelled, OrderStatus.Refunded, OrderStatus.Expired,
    ];

    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public SalesSummary Summary { get; private set; } = null!;

    /// <summary>The order whose form was refused, and what went wrong with it.</summary>
    public string? FailedOrderId { get; private set; }

    public FormErrors Errors { get; private set; } = new(texts);

    [BindProperty]
    public string? Carrier { get; set; }

    [BindProperty]
    public string? TrackingNumber { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public FormErrors ErrorsFor(string orderId) => orderId == FailedOrderId ? Errors : new FormErrors(texts, orderId + "-");

    public async Task<IActionResult> OnGetAsync(string orgId, CancellationToken cancellationToken) =>
        await LoadAsync(orgId, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAdvanceAsync(string orgId, string orderId, OrderStatus status, CancellationToken cancellationToken) =>
        ActAsync(orgId, orderId, async () =>
        {
            ShipmentInput? shipment = null;
            if (status == OrderStatus.Shipped)
            {
                var found = OrderInputRules.ValidateShipment(Carrier, TrackingNumber, out shipment);
                if (found.Count > 0)
                {
                    OrderRefusals.Add(Errors, texts, found);
                    return null;
                }
            }

            if (status is not (OrderStatus.Packed or OrderStatus.Shipped or OrderStatus.Delivered))
            {
                throw OrderProblems.InvalidStatus();
            }

            await grains.GetGrain<IOrderGrain>(orderId).Advance(User.PersonId()!, status, shipment);
            return "orders.dashboard.done_" + status;
        }, cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(string orgId, string orderId, CancellationToken cancellationToken) =>
        ActAsync(orgId, orderId, async () =>
        {
            if (ReasonOrNull() is not { } reason)
            {
                return null;
            }

            await payments.CancelAsync(User.PersonId()!, orderId, reason, cancellationToken);
            return "orders.dashboard.done_cancelled";
        }, cancellationToken);

    public Task<IActionResult> OnPostRefundAsync(string orgId, string orderId, CancellationToken cancellationToken) =>
        ActAsync(orgId, orderId, async () =>
        {
            if (ReasonOrNull() is not { } reason)
            {
                return null;
            }

            await payments.RefundAsync(User.PersonId()!, orderId, reason, cancellationToken);
            return "orders.dashboard.done_refunded";
        }, cancellationToken);

    private string? ReasonOrNull()
    {
        var found = OrderInputRules.ValidateReason(Reason, out var reason);
        if (found.Count > 0)
        {
            OrderRefusals.Add(Errors, texts, found);
            return null;
        }

        return reason;
    }

    /// <summary>Runs one order's form: a message key on success (then back to the page), null when it added errors.</summary>
    private async Task<IActionResult> ActAsync(string orgId, string orderId, Func<Task<string?>> act, CancellationToken cancellationToken)
    {
        if (await LoadAsync(orgId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var order = OrderIds.IsValid(orderId) ? Orders.FirstOrDefault(o => o.OrderId == orderId) : null;
        if (order is null)
        {
            return NotFound();
        }

        FailedOrderId = orderId;
        Errors = new FormErrors(texts, orderId + "-");
        try
        {
            if (await act() is { } done)
            {
                TempData[StatusMessage.Key] = texts.Format(done, order.ProductTitle, order.OrderId);
                return Redirect($"/orgs/{orgId}/sales");
            }
        }
        catch (DomainException refusal)
        {
            OrderRefusals.Add(Errors, texts, refusal);
        }
        catch (Stripe.StripeException)
        {
            Errors.Add(texts["orders.checkout.payment_unavailable"]);
        }

        // Something was refused: show the page as it is now, with the errors at that order's form.
        await LoadAsync(orgId, cancellationToken);
        return Page();
    }

    /// <summary>Null when the page may be shown: 404 for an unknown organisation, 403 for anyone but its admins and streamers.</summary>
    private async Task<IActionResult?> LoadAsync(string orgId, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        try
        {
            Organisation = await grains.GetGrain<IOrganisationGrain>(orgId).GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        var personId = User.PersonId()!;
        if (!await access.IsManagerAsync(orgId, personId))
        {
            return Forbid();
        }

        Orders = await index.ListByWorkshopAsync(orgId, cancellationToken: cancellationToken);
        Summary = await sales.SummaryAsync(orgId, personId, cancellationToken);
        return null;
    }
}
