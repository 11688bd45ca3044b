using LiveFair.Contracts.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

public sealed class LedgerLinesTests
{
    [Fact]
    public void Two_makers_share_an_odd_maker_total_without_losing_a_fen()
    {
        var split = new SaleSplit { MakerShare = 1001, CharityShare = 500, CharityName = "Fund", PaymentFee = 9 };

        var lines = LedgerLines.For(1510, split, 3, ["maker-li", "maker-wang"]);

        Assert.Equal(
            [
                new LedgerLine(LedgerLineKind.Maker, 1502, "maker-li"),
                new LedgerLine(LedgerLineKind.Maker, 1501, "maker-wang"),
                new LedgerLine(LedgerLineKind.Charity, 1500),
                new LedgerLine(LedgerLineKind.PaymentFee, 27),
            ],
            lines);
    }

    [Fact]
    public void A_split_that_does_not_add_up_is_refused_rather_than_booked()
    {
        var split = TestProducts.Split();

        Assert.Throws<ArgumentException>(() => LedgerLines.For(3881, split, 1));
        Assert.Throws<ArgumentException>(() => LedgerLines.For(3880, split with { MakerShare = 2131, PaymentFee = -1 }, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerLines.For(3880, split, 0));
    }

    /// <summary>
    /// Property: for any price, any split of it into five non-negative parts, any quantity and any number of
    /// makers, the lines add up to price × quantity, none is negative or zero, and each part's lines add up
    /// to that part × quantity. Seeded, so a failure names the case that reproduces it.
    /// </summary>
    [Fact]
    public void For_any_price_split_quantity_and_makers_the_lines_add_up_exactly()
    {
        const int Seed = 20260601;
        var random = new Random(Seed);
        for (var run = 0; run < 20_000; run++)
        {
            var price = run % 4 == 0 ? random.NextInt64(1, 10) : random.NextInt64(1, ProductLimits.MaxPriceFen + 1);
            var split = RandomSplit(random, price);
            var quantity = random.Next(1, ProductLimits.MaxQuantity + 1);
            var makers = Enumerable.Range(0, random.Next(0, ProductLimits.MaxMakers + 1)).Select(i => $"maker-{i}").ToList();
            var label = $"seed {Seed}, run {run}: price {price}, {split}, quantity {quantity}, {makers.Count} makers";

            var lines = LedgerLines.For(price, split, quantity, makers);

            Assert.True(lines.Sum(l => l.AmountFen) == price * quantity, label);
            Assert.True(lines.All(l => l.AmountFen > 0), label);
            Assert.True(lines.Where(l => l.Kind == LedgerLineKind.Maker).Sum(l => l.AmountFen) == split.MakerShare * quantity, label);
            Assert.True(lines.Where(l => l.Kind == LedgerLineKind.Charity).Sum(l => l.AmountFen) == split.CharityShare * quantity, label);
            Assert.True(lines.Where(l => l.Kind == LedgerLineKind.PaymentFee).Sum(l => l.AmountFen) == split.PaymentFee * quantity, label);

            // Makers' lines differ by at most one fen: the share is divided evenly.
            var makerLines = lines.Where(l => l.Kind == LedgerLineKind.Maker).Select(l => l.AmountFen).ToList();
            Assert.True(makerLines.Count == 0 || makerLines.Max() - makerLines.Min() <= 1, label);
        }
    }

    /// <summary>Cuts the price at four random points, often at the ends so that zero parts are common.</summary>
    private static SaleSplit RandomSplit(Random random, long price)
    {
        var cuts = Enumerable.Range(0, 4)
            .Select(_ => random.Next(5) switch { 0 => 0, 1 => price, _ => random.NextInt64(0, price + 1) })
            .Append(0).Append(price)
            .Order()
            .ToArray();
        return new SaleSplit
        {
            MakerShare = cuts[1] - cuts[0],
            CharityShare = cuts[2] - cuts[1],
            CharityName = "Fund",
            Materials = cuts[3] - cuts[2],
            PlatformFee = cuts[4] - cuts[3],
            PaymentFee = cuts[5] - cuts[4],
        };
    }
}
