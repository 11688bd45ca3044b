namespace LiveFair.Silo.Orders;

/// <summary>
/// The notes the order writes into its history itself: stable codes that pages translate. Any other note is a
/// reason a person typed, which erasing the buyer removes.
/// </summary>
internal static class OrderNotes
{
    public const string PayOnDelivery = "pay_on_delivery";
    public const string CheckoutCreated = "checkout_created";
    public const string PaymentFailed = "payment_failed";
    public const string CheckoutExpired = "checkout_expired";

    /// <summary>Paid after the checkout lapsed, and the items were still there.</summary>
    public const string PaidLate = "paid_late";

    /// <summary>Paid after the checkout lapsed, and the items were gone: the payment is given back.</summary>
    public const string PaidTooLate = "paid_too_late";

    /// <summary>Paid after the order was cancelled: the payment is given back.</summary>
    public const string PaidAfterCancel = "paid_after_cancel";

    /// <summary>Confirming a pay-on-delivery order found the items gone.</summary>
    public const string SoldOut = "sold_out";

    public const string RefundDue = "refund_due";
    public const string BuyerErased = "buyer_erased";

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        PayOnDelivery, CheckoutCreated, PaymentFailed, CheckoutExpired, PaidLate, PaidTooLate, PaidAfterCancel, SoldOut, RefundDue, BuyerErased,
    };

    public static bool IsCode(string? note) => note is not null && Codes.Contains(note);
}
