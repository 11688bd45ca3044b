using LiveFair.Contracts.Orders;

namespace LiveFair.Web.Orders;

/// <summary>What placing answers: the order and, for a card order waiting for payment, where the buyer pays.</summary>
public sealed record PlacedOrder(OrderView Order, string? CheckoutUrl);
