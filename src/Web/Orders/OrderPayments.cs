using LiveFair.Contracts.Orders;

namespace LiveFair.Web.Orders;

/// <summary>
/// What the API, the pages and the webhook do around the order grain: placing with the payment method the site
/// offers, making the Checkout Session of a card order, and refunding through Stripe whenever the grain says a
/// payment is due back. Every step can be repeated: a retry finds the session or refund Stripe already made.
/// </summary>
public sealed partial class OrderPayments(IGrainFactory grains, StripePayments stripe, ILogger<OrderPayments> logger)
{
    public bool UsesStripe => stripe.IsConfigured;

    /// <summary>
    /// Places <paramref name="orderId"/> for <paramref name="buyerId"/> (the same id again returns the same order)
    /// and, for a card order still waiting for payment, makes sure it has a Checkout Session.
    /// <paramref name="site"/> is the address the buyer came from, where Stripe sends them back.
    /// </summary>
    public async Task<PlacedOrder> PlaceAsync(string buyerId, string orderId, OrderRequest request, Uri site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var grain = grains.GetGrain<IOrderGrain>(orderId);
        var order = await grain.Place(buyerId, request, stripe.Method);
        if (order.PaymentMethod != PaymentMethod.Stripe || order.Status != OrderStatus.PendingPayment)
        {
            return new PlacedOrder(order, null);
        }

        if (order.Checkout is null)
        {
            var receipt = new Uri(site, "orders/" + orderId);
            var session = await stripe.CreateCheckoutAsync(order, receipt, receipt, cancellationToken);
            order = await grain.AttachCheckout(session);
        }

        return new PlacedOrder(order, order.Checkout?.Url);
    }

    /// <summary>The buyer or the workshop cancels; a card payment already taken is refunded.</summary>
    public Task<OrderView> CancelAsync(string actorId, string orderId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAndSettleAsync(actorId, orderId, order => order.Cancel(actorId, reason), cancellationToken);

    /// <summary>The workshop refunds a shipped or delivered order.</summary>
    public Task<OrderView> RefundAsync(string actorId, string orderId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAndSettleAsync(actorId, orderId, order => order.Refund(actorId, reason), cancellationToken);

    /// <summary>
    /// When the order says a card payment is due back: refunds it through Stripe, then records the refund. If
    /// Stripe fails the order stays RefundDue and the exception goes to the caller, who asks again (the webhook
    /// answers 500 so Stripe redelivers; the refund's idempotency key keeps it to one refund).
    /// </summary>
    public async Task<OrderView> SettleAsync(OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        // Only card payments are ever due back through LiveFair: the grain settles pay-on-delivery refunds itself.
        if (!order.RefundDue || order.PaymentMethod != PaymentMethod.Stripe)
        {
            return order;
        }

        var refundId = await stripe.RefundAsync(order, cancellationToken);
        LogRefunded(order.OrderId, refundId);
        return await grains.GetGrain<IOrderGrain>(order.OrderId).MarkRefunded(refundId);
    }

    /// <summary>
    /// A refund whose Stripe call failed last time is finished first: the grain has already cancelled the order, and
    /// asking it to cancel again would be refused.
    /// </summary>
    private async Task<OrderView> ChangeAndSettleAsync(string actorId, string orderId, Func<IOrderGrain, Task<OrderView>> change, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IOrderGrain>(orderId);
        var current = await grain.GetFor(actorId);
        return await SettleAsync(current.RefundDue ? current : await change(grain), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} was refunded through Stripe ({RefundId})")]
    private partial void LogRefunded(string orderId, string refundId);
}
