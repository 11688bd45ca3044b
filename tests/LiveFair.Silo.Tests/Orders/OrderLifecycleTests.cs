using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>Placing, paying on delivery, packing, shipping, cancelling and refunding, with what the ledger, room, stock and index show.</summary>
public sealed class OrderLifecycleTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncDisposable
{
    private readonly OrderReadModels _read = new(fixture.ConnectionString);

    private IClusterClient Client => fixture.Client;

    public ValueTask DisposeAsync() => _read.DisposeAsync();

    [Fact]
    public async Task Pay_on_delivery_is_paid_at_once_with_ledger_lines_adding_up_to_the_total_and_the_sale_on_the_ticker()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();

        var order = await Client.PlaceAsync(sale, buyer, quantity: 2);

        Assert.Equal((OrderStatus.Paid, PaymentMethod.PayOnDelivery, 2, TestOrders.Price), (order.Status, order.PaymentMethod, order.Quantity, order.PriceFen));
        Assert.Equal([OrderStatus.PendingPayment, OrderStatus.Paid], order.History.Select(h => h.Status));
        Assert.Equal((sale.WorkshopId, sale.RoomId, "小红"), (order.WorkshopId, order.RoomId, order.TickerNickname));
        Assert.Equal(sale.MakerIds, order.MakerIds);
        Assert.NotNull(order.PaidAt);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());

        var lines = await _read.Ledger.GetOrderLinesAsync(order.OrderId);
        Assert.Equal(order.TotalFen, lines.Sum(l => l.AmountFen));
        Assert.All(lines, l => Assert.Equal((LedgerEntry.Sale, 2, sale.WorkshopId, sale.RoomId), (l.Entry, l.Quantity, l.WorkshopId, l.RoomId)));
        Assert.Equal([2000L, 2000L], lines.Where(l => l.Kind == LedgerLineKind.Maker).Select(l => l.AmountFen));
        Assert.Equal(sale.MakerIds, lines.Where(l => l.Kind == LedgerLineKind.Maker).Select(l => l.MakerId));
        Assert.Equal(("南京市残疾人福利基金会", 2000L), lines.Where(l => l.Kind == LedgerLineKind.Charity).Select(l => (l.CharityName!, l.AmountFen)).Single());

        var snapshot = await sale.Room.GetSnapshot();
        Assert.Equal(new SaleTotals { Orders = 1, ItemsSold = 2, TotalFen = 7760, RaisedForCharityFen = 2000, EarnedByMakersFen = 4000 }, snapshot.SaleTotals);
        var tick = Assert.Single(snapshot.RecentSales);
        Assert.Equal(("南京", "小红", 2), (tick.City, tick.Nickname, tick.Quantity));

        var indexed = Assert.Single(await _read.Index.ListByBuyerAsync(buyer));
        Assert.Equal((order.OrderId, order.Version, OrderStatus.Paid), (indexed.OrderId, indexed.Version, indexed.Status));
        Assert.Equal(order.Shipping, indexed.Shipping);
    }

    [Fact]
    public async Task Placing_again_returns_the_order_to_its_buyer_and_nobody_else_can_see_or_touch_it()
    {
        var sale = await Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        var grain = Client.NewOrder();
        var first = await grain.Place(buyer, TestOrders.Request(sale.ProductId), PaymentMethod.Stripe);

        var again = await grain.Place(buyer, TestOrders.Request(sale.ProductId, quantity: 3), PaymentMethod.PayOnDelivery);
        Assert.Equal((first.Version, 1, PaymentMethod.Stripe), (again.Version, again.Quantity, again.PaymentMethod));
        Assert.Equal(1, (await sale.Product.GetStock()).Reserved);

        var (_, otherAdmin) = await Client.WorkshopAsync();
        var helper = await Client.JoinedAsync(Client.Organisation(sale.WorkshopId), sale.AdminId, OrganisationRole.Helper);
        foreach (var stranger in new[] { TestOrders.NewBuyerId(), otherAdmin.PersonId, helper.PersonId, "" })
        {
            await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.GetFor(stranger));
            await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.Place(stranger, TestOrders.Request(sale.ProductId), PaymentMethod.Stripe));
            await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.Cancel(stranger, "mine now"));
            await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.Advance(stranger, OrderStatus.Packed, null));
            await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.Refund(stranger, "mine now"));
        }

        await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => Client.NewOrder().GetFor(buyer));
        Assert.Equal(first.Version, (await grain.GetFor(buyer)).Version);
        Assert.Equal(first.Version, (await grain.GetFor(sale.AdminId)).Version);
        Assert.Equal(OrderStatus.PendingPayment, (await grain.GetView()).Status);
    }

    [Fact]
    public async Task The_workshop_packs_ships_with_a_tracking_number_and_delivers_and_the_buyer_may_not()
    {
        var sale = await Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        var placed = await Client.PlaceAsync(sale, buyer);
        var grain = Client.GetGrain<IOrderGrain>(placed.OrderId);
        var streamer = await Client.JoinedAsync(Client.Organisation(sale.WorkshopId), sale.AdminId, OrganisationRole.Streamer);

        await TestProducts.AssertRefusedAsync("order.forbidden", ErrorKind.Forbidden, () => grain.Advance(buyer, OrderStatus.Packed, null));
        await TestProducts.AssertRefusedAsync("order.invalid_transition", ErrorKind.Conflict, () => grain.Advance(sale.AdminId, OrderStatus.Shipped, Shipment()));
        var packed = await grain.Advance(streamer.PersonId, OrderStatus.Packed, null);
        Assert.Equal(packed.Version, (await grain.Advance(sale.AdminId, OrderStatus.Packed, null)).Version);
        await TestProducts.AssertRefusedAsync("order.shipment_missing", ErrorKind.Invalid, () => grain.Advance(sale.AdminId, OrderStatus.Shipped, null));
        await TestProducts.AssertRefusedAsync(
            "order.tracking_number.empty", ErrorKind.Invalid, () => grain.Advance(sale.AdminId, OrderStatus.Shipped, Shipment() with { TrackingNumber = " " }));
        await TestProducts.AssertRefusedAsync(
            "order.carrier.too_long", ErrorKind.Invalid, () => grain.Advance(sale.AdminId, OrderStatus.Shipped, Shipment() with { Carrier = new string('顺', OrderLimits.Carrier + 1) }));
        var shipped = await grain.Advance(sale.AdminId, OrderStatus.Shipped, Shipment());
        await TestProducts.AssertRefusedAsync("order.invalid_transition", ErrorKind.Conflict, () => grain.Advance(sale.AdminId, OrderStatus.Paid, null));
        await TestProducts.AssertRefusedAsync("order.cannot_cancel", ErrorKind.Conflict, () => grain.Cancel(sale.AdminId, "too late"));
        var delivered = await grain.Advance(sale.AdminId, OrderStatus.Delivered, null);

        Assert.Equal(Shipment(), shipped.Shipment);
        Assert.Equal(
            [OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered],
            delivered.History.Select(h => h.Status));
        Assert.True(delivered.Version > shipped.Version && shipped.Version > packed.Version);
        var indexed = await Eventually.GetAsync(
            () => _read.Index.ListByWorkshopAsync(sale.WorkshopId, OrderStatus.Delivered), l => l.Count == 1, "the index to show the delivery");
        Assert.Equal(delivered.Version, indexed[0].Version);
        Assert.Empty(await _read.Index.ListByWorkshopAsync(sale.WorkshopId, OrderStatus.Paid));
    }

    [Fact]
    public async Task Cancelling_a_paid_pay_on_delivery_order_restocks_reverses_the_ledger_to_zero_and_lowers_the_room_totals()
    {
        var sale = await Client.SaleAsync(stock: 3);
        var buyer = TestOrders.NewBuyerId();
        var kept = await Client.PlaceAsync(sale, TestOrders.NewBuyerId());
        var placed = await Client.PlaceAsync(sale, buyer, quantity: 2);
        var grain = Client.GetGrain<IOrderGrain>(placed.OrderId);

        var cancelled = await grain.Cancel(buyer, "Ordered twice <b>oops</b>");
        var again = await grain.Cancel(buyer, "again");

        Assert.Equal((OrderStatus.Cancelled, false), (cancelled.Status, cancelled.RefundDue));
        Assert.Equal("Ordered twice <b>oops</b>", cancelled.History[^1].Note);
        Assert.Equal(cancelled.Version, again.Version);
        Assert.Equal(new StockLevel { Total = 3, Available = 2, Reserved = 0, Sold = 1 }, await sale.Product.GetStock());
        var lines = await _read.Ledger.GetOrderLinesAsync(placed.OrderId);
        Assert.Equal(0, lines.Sum(l => l.AmountFen));
        Assert.Equal(
            lines.Where(l => l.Entry == LedgerEntry.Sale).Select(l => (l.LineNo, l.Kind, l.MakerId, -l.AmountFen, -l.Quantity)),
            lines.Where(l => l.Entry == LedgerEntry.Reversal).Select(l => (l.LineNo, l.Kind, l.MakerId, l.AmountFen, l.Quantity)));
        var totals = await _read.Ledger.GetWorkshopTotalsAsync(sale.WorkshopId);
        Assert.Equal((1, 1, kept.TotalFen), (totals.Orders, totals.ItemsSold, totals.TotalFen));
        Assert.Equal(new SaleTotals { Orders = 1, ItemsSold = 1, TotalFen = 3880, RaisedForCharityFen = 1000, EarnedByMakersFen = 2000 }, (await sale.Room.GetSnapshot()).SaleTotals);
    }

    [Fact]
    public async Task Who_may_cancel_what_buyers_until_packed_on_delivery_only_and_the_workshop_until_shipped()
    {
        var sale = await Client.SaleAsync(stock: 10);
        var buyer = TestOrders.NewBuyerId();

        var card = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        await card.MarkPaid("pi_card_1");
        await TestProducts.AssertRefusedAsync("order.cannot_cancel", ErrorKind.Conflict, () => card.Cancel(buyer, "changed my mind"));
        var cancelledByWorkshop = await card.Cancel(sale.AdminId, "out of red thread");
        Assert.Equal((OrderStatus.Cancelled, true), (cancelledByWorkshop.Status, cancelledByWorkshop.RefundDue));
        Assert.Equal(0, (await _read.Ledger.GetOrderLinesAsync(card.GetPrimaryKeyString())).Sum(l => l.AmountFen) - cancelledByWorkshop.TotalFen);
        var refunded = await card.MarkRefunded("re_1");
        Assert.Equal((OrderStatus.Refunded, false, "re_1"), (refunded.Status, refunded.RefundDue, refunded.RefundReference));
        Assert.Equal(refunded.Version, (await card.MarkRefunded("re_1")).Version);
        Assert.Equal(0, (await _read.Ledger.GetOrderLinesAsync(card.GetPrimaryKeyString())).Sum(l => l.AmountFen));

        var packed = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer)).OrderId);
        await packed.Advance(sale.AdminId, OrderStatus.Packed, null);
        await TestProducts.AssertRefusedAsync("order.cannot_cancel", ErrorKind.Conflict, () => packed.Cancel(buyer, "too slow"));
        Assert.Equal(OrderStatus.Cancelled, (await packed.Cancel(sale.AdminId, "")).Status);

        var pending = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        Assert.Equal(OrderStatus.Cancelled, (await pending.Cancel(buyer, "")).Status);
        await Eventually.GetAsync(() => sale.Product.GetStock(), s => s.Reserved == 0, "the pending order's items to be released");
        Assert.Equal(new StockLevel { Total = 10, Available = 10, Reserved = 0, Sold = 0 }, await sale.Product.GetStock());
        Assert.Equal(new SaleTotals(), (await sale.Room.GetSnapshot()).SaleTotals);
        var totals = await _read.Ledger.GetWorkshopTotalsAsync(sale.WorkshopId);
        Assert.Equal((0, 0, 0L), (totals.Orders, totals.ItemsSold, totals.TotalFen));
    }

    [Fact]
    public async Task Refunds_after_shipping_reverse_the_ledger_without_restocking()
    {
        var sale = await Client.SaleAsync(stock: 4);
        var buyer = TestOrders.NewBuyerId();
        var onDelivery = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer)).OrderId);
        var card = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        await card.MarkPaid("pi_2");
        foreach (var grain in new[] { onDelivery, card })
        {
            await TestProducts.AssertRefusedAsync("order.cannot_refund", ErrorKind.Conflict, () => grain.Refund(sale.AdminId, "lost"));
            await grain.Advance(sale.AdminId, OrderStatus.Packed, null);
            await grain.Advance(sale.AdminId, OrderStatus.Shipped, Shipment());
        }

        await TestProducts.AssertRefusedAsync("order.forbidden", ErrorKind.Forbidden, () => onDelivery.Refund(buyer, "please"));
        await TestProducts.AssertRefusedAsync("order.no_refund_due", ErrorKind.Conflict, () => card.MarkRefunded("re_x"));
        var refundedAtOnce = await onDelivery.Refund(sale.AdminId, "Lost by the courier");
        var due = await card.Refund(sale.AdminId, "Arrived broken");
        Assert.Equal(OrderStatus.Refunded, refundedAtOnce.Status);
        Assert.Equal((OrderStatus.Shipped, true), (due.Status, due.RefundDue));
        Assert.Equal(due.TotalFen, (await _read.Ledger.GetOrderLinesAsync(card.GetPrimaryKeyString())).Sum(l => l.AmountFen));
        Assert.Equal(OrderStatus.Refunded, (await card.MarkRefunded("re_2")).Status);

        Assert.Equal(0, (await _read.Ledger.GetWorkshopTotalsAsync(sale.WorkshopId)).TotalFen);
        Assert.Equal(new StockLevel { Total = 4, Available = 2, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        Assert.Equal(new SaleTotals(), (await sale.Room.GetSnapshot()).SaleTotals);
    }

    [Fact]
    public async Task Only_a_live_or_scheduled_charity_sale_of_the_products_workshop_may_announce_the_order()
    {
        var sale = await Client.SaleAsync();
        var other = await Client.SaleAsync();
        var jobFair = await Client.StartLiveAsync(TestRooms.NewId("fair"), TestRooms.Details() with { HostOrganisationId = sale.WorkshopId });
        var ended = await Client.LiveSaleAsync(sale.WorkshopId);
        await ended.EndRoom();
        var buyer = TestOrders.NewBuyerId();

        foreach (var roomId in new[] { other.RoomId, jobFair.GetPrimaryKeyString(), ended.GetPrimaryKeyString(), TestRooms.NewId("nowhere") })
        {
            await TestProducts.AssertRefusedAsync(
                "order.room_not_selling", ErrorKind.Conflict, () => Client.NewOrder().Place(buyer, TestOrders.Request(sale.ProductId, roomId: roomId), PaymentMethod.PayOnDelivery));
        }

        Assert.Equal(0, (await sale.Product.GetStock()).Sold);
        var fromProductPage = await Client.PlaceAsync(sale, buyer, inRoom: false);
        Assert.Equal((OrderStatus.Paid, null), (fromProductPage.Status, fromProductPage.RoomId));
        Assert.Equal(new SaleTotals(), (await sale.Room.GetSnapshot()).SaleTotals);
        Assert.Equal(fromProductPage.TotalFen, (await _read.Ledger.GetOrderLinesAsync(fromProductPage.OrderId)).Sum(l => l.AmountFen));
    }

    [Fact]
    public async Task Sold_out_and_unknown_products_are_refused_and_leave_no_order()
    {
        var sale = await Client.SaleAsync(stock: 1);
        var buyer = TestOrders.NewBuyerId();
        await Client.PlaceAsync(sale, buyer);
        var grain = Client.NewOrder();

        await TestProducts.AssertRefusedAsync("product.sold_out", ErrorKind.Conflict, () => grain.Place(buyer, TestOrders.Request(sale.ProductId), PaymentMethod.PayOnDelivery));
        await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.GetView());
        await TestProducts.AssertRefusedAsync(
            "product.not_found", ErrorKind.NotFound, () => Client.NewOrder().Place(buyer, TestOrders.Request(ProductIds.New()), PaymentMethod.PayOnDelivery));
        Assert.Single(await _read.Index.ListByBuyerAsync(buyer));
    }

    [Fact]
    public async Task Erasing_the_buyer_removes_address_nickname_and_id_but_keeps_the_order_and_its_ledger_lines()
    {
        var sale = await Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        var placed = await Client.PlaceAsync(sale, buyer);
        var grain = Client.GetGrain<IOrderGrain>(placed.OrderId);
        await grain.Cancel(buyer, "My neighbour 王五 bought one");
        var second = await Client.PlaceAsync(sale, buyer);

        Assert.Equal(
            new[] { placed.OrderId, second.OrderId }.Order(StringComparer.Ordinal),
            (await _read.Index.ListOrderIdsByBuyerAsync(buyer)).Order(StringComparer.Ordinal));
        foreach (var orderId in await _read.Index.ListOrderIdsByBuyerAsync(buyer))
        {
            await Client.GetGrain<IOrderGrain>(orderId).Anonymise();
            await Client.GetGrain<IOrderGrain>(orderId).Anonymise();
        }

        var erased = await grain.GetView();
        Assert.Equal((null, null, null, true), (erased.BuyerId, erased.Shipping, erased.TickerNickname, erased.BuyerErased));
        Assert.Equal((OrderStatus.Cancelled, placed.TotalFen), (erased.Status, erased.TotalFen));
        Assert.DoesNotContain(erased.History, h => h.Note?.Contains("王五", StringComparison.Ordinal) == true);
        Assert.Equal(1, erased.History.Count(h => h.Note == "buyer_erased"));
        await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => grain.GetFor(buyer));
        Assert.Equal(erased.Version, (await grain.GetFor(sale.AdminId)).Version);

        Assert.Empty(await _read.Index.ListByBuyerAsync(buyer));
        Assert.Empty(await _read.Index.ListOrderIdsByBuyerAsync(buyer));
        var listed = await _read.Index.ListByWorkshopAsync(sale.WorkshopId);
        Assert.Equal(2, listed.Count);
        Assert.All(listed, o => Assert.Equal((null, null, true), (o.BuyerId, o.Shipping, o.BuyerErased)));
        Assert.Equal(second.TotalFen, (await _read.Ledger.GetOrderLinesAsync(second.OrderId)).Sum(l => l.AmountFen));

        // The second order was announced with the nickname "小红"; late viewers no longer see it.
        var ticker = (await sale.Room.GetSnapshot()).RecentSales;
        Assert.NotEmpty(ticker);
        Assert.All(ticker, t => Assert.Null(t.Nickname));

        var stored = await GrainStateRows.ReadPayloadAsync(fixture.ConnectionString, "order", placed.OrderId);
        Assert.DoesNotContain("中山路", stored!, StringComparison.Ordinal);
        Assert.DoesNotContain(buyer, stored!, StringComparison.Ordinal);
    }

    private static ShipmentInput Shipment() => new() { Carrier = "顺丰速运 SF Express", TrackingNumber = "SF1234567890" };
}
