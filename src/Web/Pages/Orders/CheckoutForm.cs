using LiveFair.Web.Orders;

namespace LiveFair.Web.Pages.Orders;

/// <summary>The checkout form as posted: the order input and whether the buyer chose to show a nickname.</summary>
public sealed class CheckoutForm
{
    public string? OrderId { get; set; }
    public int? Quantity { get; set; } = 1;
    public string? RoomId { get; set; }
    public ShippingInput Shipping { get; set; } = new();
    public bool ShowNickname { get; set; }
    public string? Nickname { get; set; }

    public OrderInput ToInput(string productId) => new()
    {
        OrderId = OrderId,
        ProductId = productId,
        Quantity = Quantity,
        RoomId = string.IsNullOrWhiteSpace(RoomId) ? null : RoomId.Trim(),
        Shipping = Shipping,

        // Unticked, a nickname typed earlier is not meant: the ticker says "a buyer in {city}".
        TickerNickname = ShowNickname ? Nickname : null,
    };
}
