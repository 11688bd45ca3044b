using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Orders;

/// <summary>Every way an order command can be refused; codes are stable and translated by the pages (OrderTexts).</summary>
internal static class OrderErrors
{
    /// <summary>The same answer whether the order does not exist or is someone else's, so order ids cannot be probed.</summary>
    public static DomainException NotFound() =>
        new(ErrorKind.NotFound, "order.not_found", "There is no such order.");

    public static DomainException InvalidId() =>
        new(ErrorKind.Invalid, "order.invalid_id", "An order id is 'ord-' followed by 2 to 60 lowercase letters, digits and dashes.");

    /// <summary>The buyer may see the order but not do this (only the workshop may).</summary>
    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "order.forbidden", "Only the workshop's admins and streamers may do this.");

    public static DomainException RoomNotSelling() =>
        new(ErrorKind.Conflict, "order.room_not_selling", "That room is not a live charity sale of this product's workshop, or it has ended.");

    public static DomainException CheckoutLapsed() =>
        new(ErrorKind.Conflict, "order.checkout_lapsed", "This checkout ran out and its items went back on sale; please start a new order.");

    public static DomainException NotPending() =>
        new(ErrorKind.Conflict, "order.not_pending", "The order is no longer waiting for payment.");

    public static DomainException CheckoutMismatch() =>
        new(ErrorKind.Conflict, "order.checkout_mismatch", "The order already has a different checkout session.");

    public static DomainException InvalidTransition(Contracts.Orders.OrderStatus from, Contracts.Orders.OrderStatus to) =>
        new(ErrorKind.Conflict, "order.invalid_transition", $"An order that is {from} cannot become {to}; orders go Paid, Packed, Shipped, Delivered.");

    public static DomainException CannotCancel() =>
        new(ErrorKind.Conflict, "order.cannot_cancel", "This order can no longer be cancelled here; once shipped, the workshop refunds it instead.");

    public static DomainException CannotRefund() =>
        new(ErrorKind.Conflict, "order.cannot_refund", "Only a shipped or delivered order is refunded; before that it is cancelled.");

    public static DomainException NoRefundDue() =>
        new(ErrorKind.Conflict, "order.no_refund_due", "This order has no refund due.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
