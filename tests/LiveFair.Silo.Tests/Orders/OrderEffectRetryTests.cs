using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>
/// Faults injected into the real SQLite file with triggers that abort a write: the ledger or index table refuses
/// rows, or the order's own state cannot be stored. Nothing acknowledged is lost and nothing is counted twice.
/// </summary>
public sealed class OrderEffectRetryTests(QuickRetryFixture fixture) : IClassFixture<QuickRetryFixture>, IAsyncDisposable
{
    private readonly OrderReadModels _read = new(fixture.ConnectionString);

    private IClusterClient Client => fixture.Client;

    public ValueTask DisposeAsync() => _read.DisposeAsync();

    [Fact]
    public async Task A_pay_on_delivery_order_whose_confirmation_failed_is_confirmed_by_the_retry_without_another_press()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var trigger = "fail_" + Guid.NewGuid().ToString("N");

        // The product can store the reservation but not the sale: its write fails once the reservation is Sold.
        await _read.ExecuteAsync(
            $"CREATE TRIGGER {trigger} BEFORE UPDATE ON grain_state WHEN NEW.grain_id = '{sale.ProductId}' AND NEW.payload LIKE '%\"Status\":\"Sold\"%' BEGIN SELECT RAISE(ABORT, 'injected'); END;");
        var grain = Client.NewOrder();
        await Assert.ThrowsAnyAsync<Exception>(() => grain.Place(buyer, TestOrders.Request(sale.ProductId, quantity: 2), PaymentMethod.PayOnDelivery));
        Assert.Equal(OrderStatus.PendingPayment, (await grain.GetView()).Status);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 2, Sold = 0 }, await sale.Product.GetStock());

        await _read.ExecuteAsync($"DROP TRIGGER {trigger};");
        var confirmed = await Eventually.GetAsync(() => grain.GetView(), o => o.Status == OrderStatus.Paid, "the retry to confirm the order");

        Assert.Equal(2, confirmed.Quantity);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        var lines = await Eventually.GetAsync(() => _read.Ledger.GetOrderLinesAsync(confirmed.OrderId), l => l.Count > 0, "the ledger lines");
        Assert.Equal(confirmed.TotalFen, lines.Sum(l => l.AmountFen));
    }

    [Fact]
    public async Task Ledger_and_index_writes_that_fail_are_retried_until_they_succeed_and_land_once()
    {
        var sale = await Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        var trigger = "fail_" + Guid.NewGuid().ToString("N");
        await _read.ExecuteAsync($"CREATE TRIGGER {trigger}_ledger BEFORE INSERT ON sale_ledger WHEN NEW.workshop_id = '{sale.WorkshopId}' BEGIN SELECT RAISE(ABORT, 'injected'); END;");
        await _read.ExecuteAsync($"CREATE TRIGGER {trigger}_index BEFORE INSERT ON order_index WHEN NEW.workshop_id = '{sale.WorkshopId}' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

        var order = await Client.PlaceAsync(sale, buyer, quantity: 3);

        // The order is acknowledged and the room counted it; the books and the index wait for the tables to mend.
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(3, (await sale.Room.GetSnapshot()).SaleTotals.ItemsSold);
        Assert.Empty(await _read.Ledger.GetOrderLinesAsync(order.OrderId));
        Assert.Empty(await _read.Index.ListByBuyerAsync(buyer));

        await _read.ExecuteAsync($"DROP TRIGGER {trigger}_ledger; DROP TRIGGER {trigger}_index;");

        var lines = await Eventually.GetAsync(() => _read.Ledger.GetOrderLinesAsync(order.OrderId), l => l.Count > 0, "the retried ledger lines");
        Assert.Equal(order.TotalFen, lines.Sum(l => l.AmountFen));
        Assert.Equal(LedgerLines.For(order.PriceFen, order.Split, 3, order.MakerIds).Count, lines.Count);
        var indexed = await Eventually.GetAsync(() => _read.Index.ListByBuyerAsync(buyer), l => l.Count == 1, "the retried index row");
        Assert.Equal(order.Version, indexed[0].Version);
        Assert.Equal(3, (await sale.Room.GetSnapshot()).SaleTotals.ItemsSold);
    }

    [Fact]
    public async Task A_payment_whose_state_write_failed_is_recorded_by_the_retried_callback_and_sold_once()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var grain = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, TestOrders.NewBuyerId(), quantity: 2, method: PaymentMethod.Stripe)).OrderId);
        var before = await grain.GetView();
        var trigger = "fail_" + Guid.NewGuid().ToString("N");
        await _read.ExecuteAsync(
            $"CREATE TRIGGER {trigger} BEFORE UPDATE ON grain_state WHEN NEW.grain_id = '{before.OrderId}' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

        await Assert.ThrowsAnyAsync<Exception>(() => grain.MarkPaid("pi_retry"));

        Assert.Equal((OrderStatus.PendingPayment, before.Version), ((await grain.GetView()).Status, (await grain.GetView()).Version));
        Assert.Empty(await _read.Ledger.GetOrderLinesAsync(before.OrderId));
        Assert.Equal(0, (await sale.Room.GetSnapshot()).SaleTotals.Orders);

        await _read.ExecuteAsync($"DROP TRIGGER {trigger};");
        var paid = await grain.MarkPaid("pi_retry");

        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        Assert.Equal(paid.TotalFen, (await _read.Ledger.GetOrderLinesAsync(paid.OrderId)).Sum(l => l.AmountFen));
        Assert.Equal((1, 2), ((await sale.Room.GetSnapshot()).SaleTotals.Orders, (await sale.Room.GetSnapshot()).SaleTotals.ItemsSold));
    }

    [Fact]
    public async Task A_checkout_whose_order_could_not_be_stored_keeps_its_hold_for_the_retry_and_reserves_once()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var grain = Client.NewOrder();
        var trigger = "fail_" + Guid.NewGuid().ToString("N");
        await _read.ExecuteAsync(
            $"CREATE TRIGGER {trigger} BEFORE INSERT ON grain_state WHEN NEW.grain_id = '{grain.GetPrimaryKeyString()}' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

        await Assert.ThrowsAnyAsync<Exception>(() => grain.Place(buyer, TestOrders.Request(sale.ProductId, 2, sale.RoomId), PaymentMethod.PayOnDelivery));
        Assert.Equal(2, (await sale.Product.GetStock()).Reserved);

        await _read.ExecuteAsync($"DROP TRIGGER {trigger};");
        var placed = await grain.Place(buyer, TestOrders.Request(sale.ProductId, 2, sale.RoomId), PaymentMethod.PayOnDelivery);

        Assert.Equal(OrderStatus.Paid, placed.Status);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        Assert.Equal(1, (await sale.Room.GetSnapshot()).SaleTotals.Orders);
    }
}
