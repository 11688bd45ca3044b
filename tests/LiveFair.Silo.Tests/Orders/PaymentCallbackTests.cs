using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>Stripe's callbacks arrive late, twice and in any order; the order ends the same and counts once.</summary>
public sealed class PaymentCallbackTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncDisposable
{
    private readonly OrderReadModels _read = new(fixture.ConnectionString);

    private IClusterClient Client => fixture.Client;

    public ValueTask DisposeAsync() => _read.DisposeAsync();

    [Fact]
    public async Task A_payment_that_sold_the_items_before_a_cancel_was_stored_is_refunded_and_the_items_go_back_to_stock()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var placed = await Client.PlaceAsync(sale, buyer, quantity: 2, method: PaymentMethod.Stripe);
        var grain = Client.GetGrain<IOrderGrain>(placed.OrderId);

        // As when MarkPaid confirmed the items at the product but could not store the order: the product says sold.
        await sale.Product.Confirm(placed.OrderId);
        await grain.Cancel(buyer, "changed my mind");
        Assert.Equal(2, (await sale.Product.GetStock()).Sold);

        // Stripe delivers the payment again: it is refunded, and the items it had sold are back in stock.
        var paid = await grain.MarkPaid("pi_after_cancel");

        Assert.Equal((OrderStatus.Cancelled, true), (paid.Status, paid.RefundDue));
        var stock = await Eventually.GetAsync(() => sale.Product.GetStock(), s => s.Sold == 0, "the sold items back in stock");
        Assert.Equal(new StockLevel { Total = 5, Available = 5, Reserved = 0, Sold = 0 }, stock);
        Assert.Equal(ReservationStatus.Returned, (await sale.Product.GetReservation(placed.OrderId)).Status);
    }

    [Fact]
    public async Task Paid_failed_and_expired_in_every_shuffled_order_three_times_each_end_paid_and_counted_once()
    {
        const int Orders = 8;
        var sale = await Client.SaleAsync(stock: 20);
        var random = new Random(20260520);
        var orders = new List<IOrderGrain>();
        for (var i = 0; i < Orders; i++)
        {
            var grain = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, TestOrders.NewBuyerId(), quantity: 2, method: PaymentMethod.Stripe)).OrderId);
            orders.Add(grain);
            var calls = Enumerable.Range(0, 3)
                .SelectMany(_ => new Func<Task<OrderView>>[] { () => grain.MarkPaid("pi_" + i), grain.MarkPaymentFailed, grain.MarkCheckoutExpired })
                .OrderBy(_ => random.Next())
                .ToList();
            if (i % 2 == 0)
            {
                foreach (var call in calls)
                {
                    await call();
                }
            }
            else
            {
                await Task.WhenAll(calls.Select(call => call()));
            }
        }

        foreach (var grain in orders)
        {
            var order = await grain.GetView();
            Assert.Equal((OrderStatus.Paid, false), (order.Status, order.RefundDue));
            Assert.StartsWith("pi_", order.PaymentReference, StringComparison.Ordinal);
            var lines = await Eventually.GetAsync(() => _read.Ledger.GetOrderLinesAsync(order.OrderId), l => l.Count > 0, "the sale lines");
            Assert.All(lines, l => Assert.Equal(LedgerEntry.Sale, l.Entry));
            Assert.Equal(order.TotalFen, lines.Sum(l => l.AmountFen));
        }

        Assert.Equal(new StockLevel { Total = 20, Available = 20 - (2 * Orders), Reserved = 0, Sold = 2 * Orders }, await sale.Product.GetStock());
        Assert.Equal((Orders, 2 * Orders, 2 * Orders * TestOrders.Price), await RoomTotalsAsync(sale));
        var totals = await _read.Ledger.GetWorkshopTotalsAsync(sale.WorkshopId);
        Assert.Equal((Orders, 2 * Orders, 2 * Orders * TestOrders.Price), (totals.Orders, totals.ItemsSold, totals.TotalFen));
    }

    [Fact]
    public async Task A_failed_or_expired_checkout_releases_the_items_and_a_later_payment_takes_them_back_while_they_last()
    {
        var sale = await Client.SaleAsync(stock: 2);
        var buyer = TestOrders.NewBuyerId();
        var lapsed = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        var failed = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);

        Assert.Equal(OrderStatus.Expired, (await lapsed.MarkCheckoutExpired()).Status);
        Assert.Equal(OrderStatus.Cancelled, (await failed.MarkPaymentFailed()).Status);
        Assert.Equal(new StockLevel { Total = 2, Available = 2, Reserved = 0, Sold = 0 }, await sale.Product.GetStock());

        var honoured = await lapsed.MarkPaid("pi_late");
        Assert.Equal((OrderStatus.Paid, false, "paid_late"), (honoured.Status, honoured.RefundDue, honoured.History[^1].Note));
        Assert.Equal(honoured.TotalFen, (await _read.Ledger.GetOrderLinesAsync(honoured.OrderId)).Sum(l => l.AmountFen));

        // Someone else buys the last item before the failed checkout's money arrives.
        await Client.PlaceAsync(sale, TestOrders.NewBuyerId());
        var tooLate = await failed.MarkPaid("pi_too_late");
        Assert.Equal((OrderStatus.Cancelled, true, "pi_too_late", "paid_too_late"), (tooLate.Status, tooLate.RefundDue, tooLate.PaymentReference, tooLate.History[^1].Note));
        Assert.Equal(tooLate.Version, (await failed.MarkPaid("pi_too_late")).Version);
        Assert.Empty(await _read.Ledger.GetOrderLinesAsync(tooLate.OrderId));

        var refunded = await failed.MarkRefunded("re_too_late");
        Assert.Equal((OrderStatus.Refunded, false), (refunded.Status, refunded.RefundDue));
        Assert.Empty(await _read.Ledger.GetOrderLinesAsync(tooLate.OrderId));
        Assert.Equal(new StockLevel { Total = 2, Available = 0, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        Assert.Equal((2, 2, 2 * TestOrders.Price), await RoomTotalsAsync(sale));
    }

    [Fact]
    public async Task Money_for_an_order_someone_cancelled_is_due_back_even_with_stock_left()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var grain = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        await grain.Cancel(buyer, "found it cheaper");

        var paid = await grain.MarkPaid("pi_after_cancel");

        Assert.Equal((OrderStatus.Cancelled, true, "paid_after_cancel"), (paid.Status, paid.RefundDue, paid.History[^1].Note));
        Assert.Equal(0, (await sale.Product.GetStock()).Sold);
        Assert.Empty(await _read.Ledger.GetOrderLinesAsync(paid.OrderId));
    }

    [Fact]
    public async Task Once_paid_a_failure_or_expiry_changes_nothing_and_refunds_need_a_refund_due()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var grain = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, TestOrders.NewBuyerId(), method: PaymentMethod.Stripe)).OrderId);
        var paid = await grain.MarkPaid("pi_1");

        Assert.Equal(paid.Version, (await grain.MarkPaymentFailed()).Version);
        Assert.Equal(paid.Version, (await grain.MarkCheckoutExpired()).Version);
        Assert.Equal(paid.Version, (await grain.MarkPaid("pi_other")).Version);
        Assert.Equal("pi_1", (await grain.GetView()).PaymentReference);
        await TestProducts.AssertRefusedAsync("order.no_refund_due", ErrorKind.Conflict, () => grain.MarkRefunded("re_1"));
        await TestProducts.AssertRefusedAsync("order.invalid_payment_reference", ErrorKind.Invalid, () => grain.MarkPaid(" "));
        await TestProducts.AssertRefusedAsync("order.invalid_refund_reference", ErrorKind.Invalid, () => grain.MarkRefunded("re\u0000"));
        await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => Client.NewOrder().MarkPaid("pi_nothing"));
    }

    [Fact]
    public async Task A_checkout_session_is_attached_once_and_only_to_a_pending_card_order()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var grain = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer, method: PaymentMethod.Stripe)).OrderId);
        var session = new CheckoutSession { SessionId = "cs_test_1", Url = "https://checkout.stripe.com/c/pay/cs_test_1", ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30) };

        var attached = await grain.AttachCheckout(session);
        Assert.Equal(session, attached.Checkout);
        Assert.Equal(attached.Version, (await grain.AttachCheckout(session)).Version);
        await TestProducts.AssertRefusedAsync("order.checkout_mismatch", ErrorKind.Conflict, () => grain.AttachCheckout(session with { SessionId = "cs_test_2" }));
        await TestProducts.AssertRefusedAsync("order.not_found", ErrorKind.NotFound, () => Client.NewOrder().AttachCheckout(session));

        var onDelivery = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer)).OrderId);
        await TestProducts.AssertRefusedAsync("order.not_pending", ErrorKind.Conflict, () => onDelivery.AttachCheckout(session));
        await TestProducts.AssertRefusedAsync("order.invalid_checkout_url", ErrorKind.Invalid, () => onDelivery.AttachCheckout(session with { Url = "javascript:alert(1)" }));
    }

    private static async Task<(int Orders, int Items, long Total)> RoomTotalsAsync(Sale sale)
    {
        var totals = (await sale.Room.GetSnapshot()).SaleTotals;
        return (totals.Orders, totals.ItemsSold, totals.TotalFen);
    }
}
