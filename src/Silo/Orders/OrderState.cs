using LiveFair.Contracts.Orders;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Orders;

/// <summary>
/// What an order grain persists: the order as its buyer and workshop see it, and the effects of its last changes
/// that are not known to be done. Effects are added in the same write as the change that causes them, so a crash
/// right after the write loses none; they are cleared in memory when done and stored cleared with the next write.
/// </summary>
public sealed class OrderState : IRestorableState<OrderState>
{
    /// <summary>Set by Place; the order exists exactly while this is set.</summary>
    public OrderView? Order { get; set; }

    public OrderEffects Due { get; set; }

    public OrderCancellation Cancellation { get; set; }

    /// <summary>The order is an immutable record, so a shallow copy restores it.</summary>
    public OrderState Copy() => (OrderState)MemberwiseClone();
}
