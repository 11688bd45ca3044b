using LiveFair.Contracts.Sales;

namespace LiveFair.Silo.Orders;

/// <summary>
/// One row of the sale ledger: one line of <see cref="LedgerLines.For"/> for one order. Reversal rows carry the
/// sale's amounts and quantity negated, so sums over any set of rows are net of refunds. No buyer data is kept here.
/// </summary>
public sealed record SaleLedgerRow
{
    public required string OrderId { get; init; }
    public required LedgerEntry Entry { get; init; }

    /// <summary>The line's place in the order's lines, from 0; the same in the sale and its reversal.</summary>
    public required int LineNo { get; init; }

    public required string WorkshopId { get; init; }
    public required string ProductId { get; init; }
    public string? RoomId { get; init; }
    public required LedgerLineKind Kind { get; init; }

    /// <summary>Set on maker lines of products with named makers.</summary>
    public string? MakerId { get; init; }

    /// <summary>Set on charity lines.</summary>
    public string? CharityName { get; init; }

    /// <summary>The order's items, negative on reversals; repeated on every line of the order.</summary>
    public required int Quantity { get; init; }

    public required long AmountFen { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}
