namespace LiveFair.Web.Orders;

/// <summary>
/// The body of POST /api/orders and the checkout form. <see cref="OrderId"/> may be minted by the client
/// (<c>ord-</c>…, the checkout form carries one) so that a retried submit places one order, not two.
/// </summary>
public sealed class OrderInput
{
    public string? OrderId { get; set; }
    public string? ProductId { get; set; }
    public int? Quantity { get; set; }
    public ShippingInput? Shipping { get; set; }
    public string? RoomId { get; set; }

    /// <summary>Shown on the room's ticker instead of "a buyer in {city}"; empty to stay anonymous.</summary>
    public string? TickerNickname { get; set; }
}

public sealed class ShippingInput
{
    public string? RecipientName { get; set; }
    public string? Phone { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
}
