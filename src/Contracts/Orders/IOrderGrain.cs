namespace LiveFair.Contracts.Orders;

/// <summary>
/// One order, keyed by an order id from <see cref="OrderIds.New"/>: its lifecycle and payment. Placing reserves
/// stock on the product; paying confirms it and writes the order's split lines to the sale ledger and announces
/// the sale to the room it was bought in. Every payment callback is idempotent and safe in any order. Rejected
/// commands throw <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Places the order: reserves the items, then, for pay on delivery, confirms it at once (status Paid). Placing the
    /// same order again for the same buyer returns it as it stands; for anyone else it is NotFound.
    /// </summary>
    [Alias("Place")]
    Task<OrderView> Place(string buyerId, OrderRequest request, PaymentMethod method);

    /// <summary>The order for its buyer or the workshop's admins and streamers; NotFound for anyone else.</summary>
    [Alias("GetFor")]
    Task<OrderView> GetFor(string actorId);

    /// <summary>The order without an access check, for payment callbacks and read models inside LiveFair.</summary>
    [Alias("GetView")]
    Task<OrderView> GetView();

    /// <summary>Records the Stripe Checkout Session made for this pending order. Idempotent.</summary>
    [Alias("AttachCheckout")]
    Task<OrderView> AttachCheckout(CheckoutSession session);

    /// <summary>
    /// The payment succeeded. Pending: the items are sold, the ledger written and the sale announced. Already paid
    /// or later: nothing changes. After the checkout expired or failed: honoured if the stock is still there;
    /// otherwise the order is marked <see cref="OrderView.RefundDue"/> and the caller refunds the payment.
    /// </summary>
    [Alias("MarkPaid")]
    Task<OrderView> MarkPaid(string paymentReference);

    /// <summary>An asynchronous payment failed: a pending order is cancelled and its items released. Ignored once paid.</summary>
    [Alias("MarkPaymentFailed")]
    Task<OrderView> MarkPaymentFailed();

    /// <summary>The checkout session expired unpaid: a pending order expires and its items are released. Ignored once paid.</summary>
    [Alias("MarkCheckoutExpired")]
    Task<OrderView> MarkCheckoutExpired();

    /// <summary>The refund the order was due has been made: status Refunded, ledger reversed, room totals lowered. Idempotent.</summary>
    [Alias("MarkRefunded")]
    Task<OrderView> MarkRefunded(string refundReference);

    /// <summary>
    /// The workshop moves a paid order on: Packed, then Shipped (a tracking number is required), then Delivered.
    /// </summary>
    [Alias("Advance")]
    Task<OrderView> Advance(string actorId, OrderStatus status, ShipmentInput? shipment);

    /// <summary>
    /// Cancels the order. The buyer may cancel while it is pending, or, paying on delivery, until it is packed; the
    /// workshop until it is shipped. A pay-on-delivery order becomes Cancelled (items back to stock, ledger reversed);
    /// a paid card order becomes <see cref="OrderView.RefundDue"/> and the caller refunds it.
    /// </summary>
    [Alias("Cancel")]
    Task<OrderView> Cancel(string actorId, string reason);

    /// <summary>
    /// The workshop refunds a shipped or delivered order (goods returned or lost): a card payment becomes RefundDue,
    /// a pay-on-delivery one is recorded as refunded at once.
    /// </summary>
    [Alias("Refund")]
    Task<OrderView> Refund(string actorId, string reason);

    /// <summary>
    /// The buyer deleted their account: the shipping address, nickname and buyer id are removed; the order, its
    /// amounts and its ledger lines stay for the workshop's books. Idempotent.
    /// </summary>
    [Alias("Anonymise")]
    Task Anonymise();
}
