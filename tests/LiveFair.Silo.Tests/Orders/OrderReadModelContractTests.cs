using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>The SQL of <see cref="OrderIndex"/> and <see cref="SaleLedger"/>, run against each database by the derived classes.</summary>
public abstract class OrderReadModelContractTests(IDatabaseFixture fixture)
{
    private static readonly DateTimeOffset Placed = new(2026, 5, 20, 1, 30, 15, 123, TimeSpan.Zero);
    private readonly OrderIndex _index = new(fixture.Database);
    private readonly SaleLedger _ledger = new(fixture.Database);

    [Fact]
    public async Task An_order_round_trips_whole_and_a_stale_or_repeated_write_changes_nothing()
    {
        var full = Order(NewId("ord"), "buyer-a", NewId("org"), version: 5) with
        {
            RoomId = "sale-room",
            TickerNickname = "<b>小红</b>",
            Status = OrderStatus.Shipped,
            PaidAt = Placed.AddMinutes(2),
            Shipment = new ShipmentInput { Carrier = "SF", TrackingNumber = "SF1" },
            Checkout = new CheckoutSession { SessionId = "cs_1", Url = "https://checkout.stripe.com/c/pay/cs_1", ExpiresAt = Placed.AddMinutes(30) },
            PaymentReference = "pi_1",
            History = [new(OrderStatus.PendingPayment, Placed), new(OrderStatus.Paid, Placed.AddMinutes(2), "paid_late")],
        };

        await _index.UpsertAsync(full);
        await _index.UpsertAsync(full with { Version = 4, Status = OrderStatus.Paid });
        await _index.UpsertAsync(full with { Status = OrderStatus.Cancelled });

        var read = Assert.Single(await _index.ListByBuyerAsync("buyer-a" + fixture.KeyPrefix));
        AssertSame(full, read);
        await _index.UpsertAsync(full with { Version = 6, Status = OrderStatus.Delivered });
        Assert.Equal(OrderStatus.Delivered, Assert.Single(await _index.ListByBuyerAsync("buyer-a" + fixture.KeyPrefix)).Status);
    }

    [Fact]
    public async Task Lists_are_newest_first_filter_by_status_and_an_erased_buyer_drops_out_of_their_list()
    {
        var workshop = NewId("org");
        var buyer = "buyer-b";
        var older = Order(NewId("ord"), buyer, workshop, 1);
        var newer = Order(NewId("ord"), buyer, workshop, 1) with { PlacedAt = Placed.AddHours(1), Status = OrderStatus.Paid };
        var otherBuyers = Order(NewId("ord"), "buyer-c", workshop, 1) with { PlacedAt = Placed.AddMinutes(30) };
        var otherWorkshop = Order(NewId("ord"), buyer, NewId("org"), 1) with { PlacedAt = Placed.AddHours(2) };
        foreach (var order in new[] { older, newer, otherBuyers, otherWorkshop })
        {
            await _index.UpsertAsync(order);
        }

        var buyerId = buyer + fixture.KeyPrefix;
        Assert.Equal([otherWorkshop.OrderId, newer.OrderId, older.OrderId], (await _index.ListByBuyerAsync(buyerId)).Select(o => o.OrderId));
        Assert.Equal([newer.OrderId, otherBuyers.OrderId, older.OrderId], (await _index.ListByWorkshopAsync(workshop)).Select(o => o.OrderId));
        Assert.Equal([newer.OrderId], (await _index.ListByWorkshopAsync(workshop, OrderStatus.Paid)).Select(o => o.OrderId));
        Assert.Empty(await _index.ListByWorkshopAsync(workshop, OrderStatus.Refunded));
        Assert.Equal([older.OrderId, newer.OrderId, otherWorkshop.OrderId], await _index.ListOrderIdsByBuyerAsync(buyerId));

        await _index.UpsertAsync(older with { Version = 2, BuyerId = null, Shipping = null, TickerNickname = null, BuyerErased = true });
        Assert.Equal([otherWorkshop.OrderId, newer.OrderId], (await _index.ListByBuyerAsync(buyerId)).Select(o => o.OrderId));
        var erased = (await _index.ListByWorkshopAsync(workshop)).Single(o => o.OrderId == older.OrderId);
        Assert.Equal((null, null, true), (erased.BuyerId, erased.Shipping, erased.BuyerErased));
    }

    [Fact]
    public async Task Ledger_lines_are_written_once_however_often_and_add_up_to_the_order()
    {
        var order = Order(NewId("ord"), "buyer-d", NewId("org"), 3) with { Quantity = 3, MakerIds = ["maker-li", "maker-wang", "maker-zhao"] };

        await _ledger.RecordAsync(order, LedgerEntry.Sale, Placed);
        await _ledger.RecordAsync(order, LedgerEntry.Sale, Placed.AddHours(1));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _ledger.RecordAsync(order, LedgerEntry.Sale, Placed)));

        var lines = await _ledger.GetOrderLinesAsync(order.OrderId);
        Assert.Equal(SaleLedger.RowsFor(order, LedgerEntry.Sale, Placed), lines);
        Assert.Equal(order.TotalFen, lines.Sum(l => l.AmountFen));
        Assert.Equal([2000L, 2000L, 2000L], lines.Where(l => l.Kind == LedgerLineKind.Maker).Select(l => l.AmountFen));
        Assert.Equal(TimeSpan.Zero, lines[0].RecordedAt.Offset);
    }

    [Fact]
    public async Task Workshop_totals_are_per_maker_per_charity_and_per_cost_net_of_reversals()
    {
        var workshop = NewId("org");
        var twoMakers = Order(NewId("ord"), "buyer-e", workshop, 1) with { Quantity = 2, MakerIds = ["maker-li", "maker-wang"] };
        var noMakers = Order(NewId("ord"), "buyer-e", workshop, 1) with { MakerIds = [] };
        var otherCharity = Order(NewId("ord"), "buyer-f", workshop, 1) with
        {
            MakerIds = ["maker-li"],
            PriceFen = 1001,
            Split = new SaleSplit { MakerShare = 500, CharityShare = 501, CharityName = "<b>盲人协会</b>" },
        };
        var refunded = Order(NewId("ord"), "buyer-f", workshop, 1) with { Quantity = 5, MakerIds = ["maker-wang"] };
        await _ledger.RecordAsync(twoMakers, LedgerEntry.Sale, Placed);
        await _ledger.RecordAsync(noMakers, LedgerEntry.Sale, Placed.AddMinutes(1));
        await _ledger.RecordAsync(otherCharity, LedgerEntry.Sale, Placed.AddMinutes(2));
        await _ledger.RecordAsync(refunded, LedgerEntry.Sale, Placed.AddMinutes(3));
        await _ledger.RecordAsync(refunded, LedgerEntry.Reversal, Placed.AddMinutes(4));
        await _ledger.RecordAsync(refunded, LedgerEntry.Reversal, Placed.AddMinutes(5));
        await _ledger.RecordAsync(Order(NewId("ord"), "buyer-g", NewId("org"), 1), LedgerEntry.Sale, Placed);

        var totals = await _ledger.GetWorkshopTotalsAsync(workshop);

        Assert.Equal((3, 4, (3 * 3880L) + 1001), (totals.Orders, totals.ItemsSold, totals.TotalFen));
        Assert.Equal([new MakerEarnings(null, 2000), new MakerEarnings("maker-li", 2000 + 500), new MakerEarnings("maker-wang", 2000)], totals.Makers);
        Assert.Equal([new CharityTotal("<b>盲人协会</b>", 501), new CharityTotal("南京市残疾人福利基金会", 3000)], totals.Charities);
        Assert.Equal((3 * 500L, 3 * 250L, 3 * 130L), (totals.MaterialsFen, totals.PlatformFeeFen, totals.PaymentFeeFen));
        Assert.Equal(
            totals.TotalFen,
            totals.Makers.Sum(m => m.AmountFen) + totals.Charities.Sum(c => c.AmountFen) + totals.MaterialsFen + totals.PlatformFeeFen + totals.PaymentFeeFen);

        var reversal = await _ledger.GetOrderLinesAsync(refunded.OrderId);
        Assert.Equal(0, reversal.Sum(l => l.AmountFen));
        Assert.Equal(0, reversal.Where(l => l.LineNo == 0).Sum(l => l.Quantity));
        Assert.All(reversal.Where(l => l.Entry == LedgerEntry.Reversal), l => Assert.Equal((-5, Placed.AddMinutes(4)), (l.Quantity, l.RecordedAt)));

        var rows = await _ledger.ListByWorkshopAsync(workshop);
        Assert.Equal(totals.TotalFen, rows.Sum(r => r.AmountFen));
        Assert.Equal(rows.OrderBy(r => r.RecordedAt).Select(r => r.RecordedAt), rows.Select(r => r.RecordedAt));
        var none = await _ledger.GetWorkshopTotalsAsync(NewId("org"));
        Assert.Equal((0, 0, 0L, 0L, 0, 0), (none.Orders, none.ItemsSold, none.TotalFen, none.MaterialsFen, none.Makers.Count, none.Charities.Count));
    }

    /// <summary>Ids under the fixture's prefix, so a shared PostgreSQL server never mixes runs and cleans up after this one.</summary>
    private string NewId(string kind) => $"{fixture.KeyPrefix}-{kind}-{Guid.NewGuid():N}";

    private OrderView Order(string orderId, string buyer, string workshopId, long version) => new()
    {
        OrderId = orderId,
        BuyerId = buyer + fixture.KeyPrefix,
        ProductId = ProductIds.New(),
        WorkshopId = workshopId,
        ProductTitle = "手工粽子",
        Quantity = 1,
        PriceFen = 3880,
        Split = TestProducts.Split(),
        MakerIds = ["maker-li"],
        Shipping = TestOrders.Shipping(),
        PaymentMethod = PaymentMethod.Stripe,
        Status = OrderStatus.PendingPayment,
        PlacedAt = Placed,
        ReservedUntil = Placed.AddMinutes(15),
        History = [new(OrderStatus.PendingPayment, Placed)],
        Version = version,
    };

    /// <summary>Records compare lists by reference, so lists are compared by content and the rest as a record.</summary>
    private static void AssertSame(OrderView expected, OrderView actual)
    {
        Assert.Equal(expected.MakerIds, actual.MakerIds);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected with { MakerIds = [], History = [] }, actual with { MakerIds = [], History = [] });
    }
}
