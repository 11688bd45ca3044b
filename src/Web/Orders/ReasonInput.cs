namespace LiveFair.Web.Orders;

/// <summary>The body of cancel and refund: why, in a few words; optional.</summary>
public sealed class ReasonInput
{
    public string? Reason { get; set; }
}
