namespace LiveFair.Contracts.Sales;

[GenerateSerializer]
[Alias("LiveFair.LedgerLineKind")]
public enum LedgerLineKind
{
    Maker = 0,
    Charity = 1,
    Materials = 2,
    PlatformFee = 3,
    PaymentFee = 4,
}

/// <summary>One line of a paid order in the ledger; <see cref="MakerId"/> is set on maker lines of products with makers.</summary>
[GenerateSerializer]
[Alias("LiveFair.LedgerLine")]
public sealed record LedgerLine(
    [property: Id(0)] LedgerLineKind Kind,
    [property: Id(1)] long AmountFen,
    [property: Id(2)] string? MakerId = null);

public static class LedgerLines
{
    /// <summary>
    /// The ledger lines of <paramref name="quantity"/> items sold at <paramref name="priceFen"/> with
    /// <paramref name="split"/>; they add up to exactly <c>priceFen × quantity</c>. The makers' share is
    /// divided evenly between <paramref name="makerIds"/>; the fen that do not divide go one each to the
    /// first makers, so no fen is lost or invented. Lines of zero are left out.
    /// </summary>
    public static IReadOnlyList<LedgerLine> For(long priceFen, SaleSplit split, int quantity, IReadOnlyList<string>? makerIds = null)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priceFen);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (split.MakerShare < 0 || split.CharityShare < 0 || split.Materials < 0 || split.PlatformFee < 0 || split.PaymentFee < 0)
        {
            throw new ArgumentException("No part of a split may be negative.", nameof(split));
        }

        if (checked(split.MakerShare + split.CharityShare + split.Materials + split.PlatformFee + split.PaymentFee) != priceFen)
        {
            throw new ArgumentException("The split must add up to the price.", nameof(split));
        }

        var lines = new List<LedgerLine>(5 + (makerIds?.Count ?? 0));
        var makerTotal = checked(split.MakerShare * quantity);
        if (makerIds is { Count: > 0 })
        {
            var each = makerTotal / makerIds.Count;
            var remainder = makerTotal % makerIds.Count;
            for (var i = 0; i < makerIds.Count; i++)
            {
                Add(LedgerLineKind.Maker, each + (i < remainder ? 1 : 0), makerIds[i]);
            }
        }
        else
        {
            Add(LedgerLineKind.Maker, makerTotal, null);
        }

        Add(LedgerLineKind.Charity, checked(split.CharityShare * quantity), null);
        Add(LedgerLineKind.Materials, checked(split.Materials * quantity), null);
        Add(LedgerLineKind.PlatformFee, checked(split.PlatformFee * quantity), null);
        Add(LedgerLineKind.PaymentFee, checked(split.PaymentFee * quantity), null);
        return lines;

        void Add(LedgerLineKind kind, long amount, string? makerId)
        {
            if (amount != 0)
            {
                lines.Add(new LedgerLine(kind, amount, makerId));
            }
        }
    }
}
