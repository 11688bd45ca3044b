using LiveFair.Contracts.Orders;

namespace LiveFair.Web.Orders;

/// <summary>The body of advance: the next status, and for Shipped the carrier and tracking number.</summary>
public sealed class AdvanceInput
{
    public OrderStatus? Status { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
}
