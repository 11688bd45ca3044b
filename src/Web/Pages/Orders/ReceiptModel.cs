using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
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
/// An order's receipt for its buyer (and the workshop's managers): status and history, where the money went (the
/// ledger's lines once paid), shipping and tracking. Someone else's order is the 404 page, as an unknown one is.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class ReceiptModel(IGrainFactory grains, SaleLedger ledger, OrderPayments payments, Texts texts) : PageModel
{
    public OrderView Order { get; private set; } = null!;

    /// <summary>The sale's lines as the ledger recorded them; before payment, the lines the order will record.</summary>
    public IReadOnlyList<ReceiptLine> Lines { get; private set; } = [];

    public bool LinesRecorded { get; private set; }

    public FormErrors Errors { get; } = new(texts);

    [BindProperty]
    public string? Reason { get; set; }

    public bool IsBuyer => Order.BuyerId is not null && Order.BuyerId == User.PersonId();

    /// <summary>What the buyer may still cancel themselves; the grain decides again.</summary>
    public bool BuyerMayCancel => IsBuyer && (Order.Status == OrderStatus.PendingPayment
        || (Order.PaymentMethod == PaymentMethod.PayOnDelivery && Order.Status == OrderStatus.Paid));

    public async Task<IActionResult> OnGetAsync(string orderId, CancellationToken cancellationToken) =>
        await LoadAsync(orderId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCancelAsync(string orderId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(orderId, cancellationToken) is { } missing)
        {
            return missing;
        }

        var found = OrderInputRules.ValidateReason(Reason, out var reason);
        if (found.Count > 0)
        {
            OrderRefusals.Add(Errors, texts, found);
            return Page();
        }

        try
        {
            await payments.CancelAsync(User.PersonId()!, orderId, reason, cancellationToken);
            TempData[StatusMessage.Key] = texts["orders.receipt.cancelled_message"];
            return Redirect("/orders/" + orderId);
        }
        catch (DomainException refusal)
        {
            OrderRefusals.Add(Errors, texts, refusal);
        }
        catch (Stripe.StripeException)
        {
            Errors.Add(texts["orders.checkout.payment_unavailable"]);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string orderId, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        try
        {
            Order = await grains.GetGrain<IOrderGrain>(orderId).GetFor(User.PersonId()!);
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        var makers = (await grains.GetGrain<IWorkshopGrain>(Order.WorkshopId).GetPublicMakers())
            .ToDictionary(maker => maker.MakerId, maker => maker.DisplayName, StringComparer.Ordinal);
        var recorded = (await ledger.GetOrderLinesAsync(orderId, cancellationToken)).Where(row => row.Entry == LedgerEntry.Sale).ToList();
        LinesRecorded = recorded.Count > 0;
        Lines = LinesRecorded
            ? [.. recorded.Select(row => Line(row.Kind, row.AmountFen, row.MakerId, row.CharityName, makers))]
            : [.. LedgerLines.For(Order.PriceFen, Order.Split, Order.Quantity, Order.MakerIds).Select(line => Line(line.Kind, line.AmountFen, line.MakerId, Order.Split.CharityName, makers))];
        return null;
    }

    private ReceiptLine Line(LedgerLineKind kind, long amountFen, string? makerId, string? charityName, Dictionary<string, string?> makers) =>
        new(kind switch
        {
            LedgerLineKind.Maker when makerId is not null && makers.GetValueOrDefault(makerId) is { } name => texts.Format("orders.receipt.line_maker_named", name),
            LedgerLineKind.Maker => texts["orders.receipt.line_maker"],
            LedgerLineKind.Charity => texts.Format("orders.split.charity", charityName ?? Order.Split.CharityName),
            LedgerLineKind.Materials => texts["orders.split.materials"],
            LedgerLineKind.PlatformFee => texts["orders.split.platform_fee"],
            _ => texts["orders.split.payment_fee"],
        }, amountFen);
}
