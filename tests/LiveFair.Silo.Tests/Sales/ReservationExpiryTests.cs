using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>Reservations that run out go back to stock on the product's timer, without anyone calling it.</summary>
public sealed class ReservationExpiryTests(ShortReservationFixture fixture) : IClassFixture<ShortReservationFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task An_unpaid_reservation_expires_back_to_stock_on_the_timer()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 5);
        var reservation = await product.Reserve("buyer-a", 3, TestProducts.NewOrderId());
        Assert.Equal(ShortReservationFixture.ReservationTime, reservation.ExpiresAt - reservation.ReservedAt);
        Assert.Equal(2, (await product.GetStock()).Available);

        // GetStock only reads, so the change it sees was made by the sweep timer.
        var stock = await Eventually.GetAsync(
            async () =>
            {
                var level = await product.GetStock();
                TestProducts.AssertConsistent(level);
                return level;
            },
            s => s.Available == 5,
            "the reservation to expire");

        Assert.Equal(new StockLevel { Total = 5, Available = 5, Reserved = 0, Sold = 0 }, stock);
        Assert.True(DateTimeOffset.UtcNow >= reservation.ExpiresAt);
        var expired = await product.GetReservation(reservation.OrderId);
        Assert.Equal(ReservationStatus.Expired, expired.Status);
        TestProducts.AssertSame(expired, await product.Reserve("buyer-a", 3, reservation.OrderId));
    }

    [Fact]
    public async Task A_late_payment_is_honoured_while_stock_remains_and_refused_when_it_went_to_someone_else()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 2);
        var lucky = await product.Reserve("buyer-a", 1, TestProducts.NewOrderId());
        var unlucky = await product.Reserve("buyer-b", 1, TestProducts.NewOrderId());
        await Eventually.GetAsync(product.GetStock, s => s.Available == 2, "both reservations to expire");

        var sold = await product.Confirm(lucky.OrderId);
        await product.Reserve("buyer-c", 1, TestProducts.NewOrderId());

        Assert.Equal(ReservationStatus.Sold, sold.Status);
        await TestProducts.AssertRefusedAsync("product.sold_out", ErrorKind.Conflict, () => product.Confirm(unlucky.OrderId));
        Assert.Equal(ReservationStatus.Expired, (await product.GetReservation(unlucky.OrderId)).Status);
        var stock = await product.GetStock();
        Assert.Equal((0, 1, 1), (stock.Available, stock.Reserved, stock.Sold));
    }

    [Fact]
    public async Task A_sold_order_never_expires()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 2);
        var reservation = await product.Reserve("buyer-a", 2, TestProducts.NewOrderId());
        await product.Confirm(reservation.OrderId);

        await Task.Delay(ShortReservationFixture.ReservationTime * 2);

        Assert.Equal(new StockLevel { Total = 2, Available = 0, Reserved = 0, Sold = 2 }, await product.GetStock());
        Assert.Equal(ReservationStatus.Sold, (await product.GetReservation(reservation.OrderId)).Status);
    }
}
