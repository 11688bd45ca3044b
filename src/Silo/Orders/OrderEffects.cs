namespace LiveFair.Silo.Orders;

/// <summary>
/// What an order still has to tell others after a change it has persisted. Each is idempotent on the other side
/// (product reservations per order id, ledger rows keyed by order, entry and line, the room per order id, the
/// index by version), so running one again after a crash never doubles it.
/// </summary>
[Flags]
public enum OrderEffects
{
    None = 0,

    /// <summary>Give the reserved items back to stock (the order expired, failed or was cancelled unpaid).</summary>
    ReleaseItems = 1,

    /// <summary>Return sold items to stock (cancelled or refunded after paying, before shipping).</summary>
    RestockItems = 2,

    /// <summary>Write the paid order's split lines to the sale ledger.</summary>
    LedgerSale = 4,

    /// <summary>Write the lines that cancel the sale lines out.</summary>
    LedgerReversal = 8,

    /// <summary>Announce the sale on the room's ticker and add it to the room's totals.</summary>
    RoomSale = 16,

    /// <summary>Take the sale out of the room's totals.</summary>
    RoomRetraction = 32,

    /// <summary>Bring the order index up to the current version.</summary>
    Index = 64,

    /// <summary>The buyer was erased: the room's recent ticker lines drop this order's nickname.</summary>
    RoomForget = 128,
}
