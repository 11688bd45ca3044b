using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;

namespace LiveFair.Silo.Orders;

/// <summary>Payment callbacks: each idempotent, each safe in any order (the rules are in the grain's summary).</summary>
public sealed partial class OrderGrain
{
    public async Task<OrderView> MarkPaid(string paymentReference)
    {
        var order = Existing();
        var reference = OrderRules.Reference(paymentReference, "order.invalid_payment_reference");
        if (order.PaymentMethod != PaymentMethod.Stripe || order.PaymentReference is not null)
        {
            // Pay-on-delivery orders are paid to the courier; a repeated callback finds the payment recorded.
            return order;
        }

        switch (order.Status)
        {
            case OrderStatus.PendingPayment:
                await ConfirmPaymentAsync(order, reference, note: null);
                break;
            case OrderStatus.Expired or OrderStatus.Cancelled when State.Cancellation == OrderCancellation.PaymentLapsed:
                await ConfirmPaymentAsync(order, reference, OrderNotes.PaidLate);
                break;
            case OrderStatus.Cancelled:
                // Someone decided against the order; the money goes back even if the items are still there. If this payment
                // had already confirmed the items (the release then found them sold), they go back to stock; otherwise the
                // product refuses the restock (product.not_sold) and that is the end of it.
                await ApplyAsync(
                    Moved(order, order.Status, OrderNotes.PaidAfterCancel) with { PaymentReference = reference, RefundDue = true },
                    OrderEffects.RestockItems);
                LogRefundDue(OrderId);
                break;
            default:
                return order;
        }

        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> MarkPaymentFailed()
    {
        var order = Existing();
        if (order.Status != OrderStatus.PendingPayment)
        {
            return order;
        }

        await ApplyAsync(Moved(order, OrderStatus.Cancelled, OrderNotes.PaymentFailed), OrderEffects.ReleaseItems, cancellation: OrderCancellation.PaymentLapsed);
        LogStatus(OrderId, OrderStatus.Cancelled);
        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> MarkCheckoutExpired()
    {
        var order = Existing();
        if (order.Status != OrderStatus.PendingPayment)
        {
            return order;
        }

        await ApplyAsync(Moved(order, OrderStatus.Expired, OrderNotes.CheckoutExpired), OrderEffects.ReleaseItems, cancellation: OrderCancellation.PaymentLapsed);
        LogStatus(OrderId, OrderStatus.Expired);
        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> MarkRefunded(string refundReference)
    {
        var order = Existing();
        var reference = OrderRules.Reference(refundReference, "order.invalid_refund_reference");
        if (!order.RefundDue)
        {
            return order.Status == OrderStatus.Refunded ? order : throw OrderErrors.NoRefundDue();
        }

        // Only a payment that was counted as a sale has lines to reverse and a ticker total to lower.
        var counted = order.PaidAt is not null;
        await ApplyAsync(
            Moved(order, OrderStatus.Refunded) with { RefundDue = false, RefundReference = reference },
            counted ? OrderEffects.LedgerReversal | RoomRetraction(order) : OrderEffects.None);
        LogStatus(OrderId, OrderStatus.Refunded);
        await RunEffectsAsync();
        return State.Order!;
    }

    /// <summary>The card payment arrived: the items are sold if they can be had, otherwise the payment is due back.</summary>
    private async Task ConfirmPaymentAsync(OrderView order, string reference, string? note)
    {
        if (!await TryConfirmAsync())
        {
            // A hold that ran out while the buyer was paying is an expiry, whatever the checkout still said.
            var status = order.Status == OrderStatus.PendingPayment ? OrderStatus.Expired : order.Status;
            await ApplyAsync(
                Moved(order, status, OrderNotes.PaidTooLate) with { PaymentReference = reference, RefundDue = true },
                cancellation: OrderCancellation.PaymentLapsed);
            LogRefundDue(OrderId);
            return;
        }

        var now = time.GetUtcNow();
        await ApplyAsync(
            Moved(order, OrderStatus.Paid, note) with { PaymentReference = reference, PaidAt = now },
            OrderEffects.LedgerSale | RoomSale(order),

            // The items are sold again; giving them back to stock now would undo the sale.
            cancelled: OrderEffects.ReleaseItems,
            cancellation: OrderCancellation.None);
        LogStatus(OrderId, OrderStatus.Paid);
    }

    /// <summary>Pay on delivery: the order is confirmed at once, and is paid to the courier.</summary>
    private async Task ConfirmOnDeliveryAsync()
    {
        var order = State.Order!;
        if (!await TryConfirmAsync())
        {
            await ApplyAsync(Moved(order, OrderStatus.Cancelled, OrderNotes.SoldOut), cancellation: OrderCancellation.PaymentLapsed);
            LogStatus(OrderId, OrderStatus.Cancelled);
            return;
        }

        await ApplyAsync(Moved(order, OrderStatus.Paid, OrderNotes.PayOnDelivery) with { PaidAt = time.GetUtcNow() }, OrderEffects.LedgerSale | RoomSale(order));
        LogStatus(OrderId, OrderStatus.Paid);
    }

    /// <summary>
    /// Sells the order's items: false when they are gone, or when the product no longer remembers a hold that ran
    /// out long ago (it keeps only the newest closed ones), which leaves nothing to take back.
    /// </summary>
    private async Task<bool> TryConfirmAsync()
    {
        try
        {
            await Product.Confirm(OrderId);
            return true;
        }
        catch (DomainException exception) when (exception.Code is "product.sold_out" or "product.reservation_not_found")
        {
            return false;
        }
    }

    private static OrderEffects RoomSale(OrderView order) => order.RoomId is null ? OrderEffects.None : OrderEffects.RoomSale;

    private static OrderEffects RoomRetraction(OrderView order) => order.RoomId is null ? OrderEffects.None : OrderEffects.RoomRetraction;

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Order {OrderId}: a payment must be refunded")]
    private partial void LogRefundDue(string orderId);
}
