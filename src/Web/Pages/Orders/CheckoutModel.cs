using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Identity;
using LiveFair.Web.Localization;
using LiveFair.Web.Orders;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LiveFair.Web.Pages.Orders;

/// <summary>
/// Buying a product: quantity, shipping address and an optional ticker nickname, with the price, the split, the
/// per-buyer limit and the flash-sale window shown. The form carries an order id minted when it was drawn, so a
/// submit sent twice places one order. Pay on delivery goes to the receipt; card payment to Stripe Checkout.
/// </summary>
[Authorize(Policy = RoomPolicies.SignedIn)]
public sealed class CheckoutModel(IGrainFactory grains, OrderPayments payments, Texts texts) : PageModel
{
    [BindProperty]
    public CheckoutForm Input { get; set; } = new();

    public FormErrors Errors { get; } = new(texts);

    public ProductView Product { get; private set; } = null!;

    public bool UsesStripe => payments.UsesStripe;

    public async Task<IActionResult> OnGetAsync(string productId, string? room)
    {
        if (await LoadAsync(productId) is { } missing)
        {
            return missing;
        }

        Input = new CheckoutForm { OrderId = OrderIds.New(), Quantity = 1, RoomId = room };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string productId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(productId) is { } missing)
        {
            return missing;
        }

        if (ModelState.TryGetValue("Input.Quantity", out var quantityState) && quantityState.Errors.Count > 0)
        {
            Errors.Add([new Web.Organisations.FieldError("quantity", "order.invalid_quantity", OrderRefusals.Text(texts, "order.invalid_quantity"))]);
            return Page();
        }

        var found = OrderInputRules.Validate(Input.ToInput(productId), out var orderId, out var request);
        if (found.Count > 0)
        {
            OrderRefusals.Add(Errors, texts, found);
            return Page();
        }

        try
        {
            var placed = await payments.PlaceAsync(User.PersonId()!, orderId!, request!, OrderEndpoints.SiteOf(Request), cancellationToken);
            return placed.CheckoutUrl is { } url ? Redirect(url) : Redirect("/orders/" + orderId);
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

    /// <summary>Null when the product exists; the 404 page otherwise.</summary>
    private async Task<IActionResult?> LoadAsync(string productId)
    {
        Response.Headers.CacheControl = "no-store";
        if (!ProductIds.IsValid(productId))
        {
            return NotFound();
        }

        try
        {
            Product = await grains.GetGrain<IProductGrain>(productId).GetView();
            return null;
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
