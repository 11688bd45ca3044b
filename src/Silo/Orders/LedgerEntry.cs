namespace LiveFair.Silo.Orders;

/// <summary>Which half of the books a ledger row belongs to: the sale, or the reversal that cancels it out.</summary>
public enum LedgerEntry
{
    Sale = 0,

    /// <summary>The sale lines again with opposite signs: the order was cancelled or refunded after it was paid.</summary>
    Reversal = 1,
}
