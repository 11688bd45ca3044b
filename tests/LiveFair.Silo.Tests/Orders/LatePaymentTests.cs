using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>
/// The product's hold (one second here) runs out before Stripe's checkout does, so a buyer can pay for items that
/// went back on sale: the payment is honoured while they are still there and due back once they are gone.
/// </summary>
public sealed class LatePaymentTests(ShortReservationFixture fixture) : IClassFixture<ShortReservationFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_payment_after_the_hold_ran_out_is_honoured_while_the_items_are_still_there()
    {
        var sale = await Client.SaleAsync(stock: 3);
        var placed = await Client.PlaceAsync(sale, TestOrders.NewBuyerId(), quantity: 2, method: PaymentMethod.Stripe);
        await HoldRunsOutAsync(sale, placed.OrderId);

        var paid = await Client.GetGrain<IOrderGrain>(placed.OrderId).MarkPaid("pi_slow_bank");

        Assert.Equal((OrderStatus.Paid, false), (paid.Status, paid.RefundDue));
        Assert.Equal(new StockLevel { Total = 3, Available = 1, Reserved = 0, Sold = 2 }, await sale.Product.GetStock());
        Assert.Equal(2, (await sale.Room.GetSnapshot()).SaleTotals.ItemsSold);
    }

    [Fact]
    public async Task A_payment_after_the_items_were_sold_to_someone_else_expires_the_order_and_is_due_back()
    {
        var sale = await Client.SaleAsync(stock: 1);
        var slow = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, TestOrders.NewBuyerId(), method: PaymentMethod.Stripe)).OrderId);
        await HoldRunsOutAsync(sale, slow.GetPrimaryKeyString());
        var quick = await Client.PlaceAsync(sale, TestOrders.NewBuyerId());

        var late = await slow.MarkPaid("pi_too_late");
        var expiredAfterwards = await slow.MarkCheckoutExpired();

        Assert.Equal((OrderStatus.Expired, true, "paid_too_late"), (late.Status, late.RefundDue, late.History[^1].Note));
        Assert.Equal(late.Version, expiredAfterwards.Version);
        Assert.Equal(OrderStatus.Paid, quick.Status);
        Assert.Equal(new StockLevel { Total = 1, Available = 0, Reserved = 0, Sold = 1 }, await sale.Product.GetStock());
        Assert.Equal(1, (await sale.Room.GetSnapshot()).SaleTotals.Orders);
        Assert.Equal(OrderStatus.Refunded, (await slow.MarkRefunded("re_1")).Status);
        Assert.Equal(1, (await sale.Room.GetSnapshot()).SaleTotals.Orders);
    }

    private static Task<Reservation> HoldRunsOutAsync(Sale sale, string orderId) =>
        Eventually.GetAsync(
            () => sale.Product.GetReservation(orderId), r => r.Status == ReservationStatus.Expired, "the product's hold to run out");
}
