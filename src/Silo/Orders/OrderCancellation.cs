namespace LiveFair.Silo.Orders;

/// <summary>Why an unpaid order stopped; a payment that arrives afterwards is honoured only after a lapse, never after a decision.</summary>
public enum OrderCancellation
{
    None = 0,

    /// <summary>The checkout expired or the payment failed: nobody decided against the order.</summary>
    PaymentLapsed = 1,

    /// <summary>The buyer or the workshop cancelled it.</summary>
    Decided = 2,
}
