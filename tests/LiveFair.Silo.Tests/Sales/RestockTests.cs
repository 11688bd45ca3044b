using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>A sold order that is cancelled before it ships gives its items back to stock, once.</summary>
public sealed class RestockTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Restocking_a_sold_order_returns_its_items_once_and_frees_the_buyers_limit()
    {
        var (product, _, admin) = await Client.CreatedProductAsync(stock: 5);
        await product.SetTerms(admin, new SaleTerms { PerBuyerLimit = 2 });
        var order = TestProducts.NewOrderId();
        await product.Reserve("buyer-a", 2, order);
        await product.Confirm(order);

        var returned = await product.Restock(order);
        var again = await product.Restock(order);

        Assert.Equal(ReservationStatus.Returned, returned.Status);
        TestProducts.AssertSame(returned, again);
        var stock = await product.GetStock();
        Assert.Equal(new StockLevel { Total = 5, Available = 5, Reserved = 0, Sold = 0 }, stock);
        Assert.Equal(ReservationStatus.Reserved, (await product.Reserve("buyer-a", 2, TestProducts.NewOrderId())).Status);
    }

    [Fact]
    public async Task Only_sold_orders_are_restocked_and_a_returned_order_cannot_be_sold_again()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 5);
        var reserved = TestProducts.NewOrderId();
        await product.Reserve("buyer-a", 1, reserved);
        await TestProducts.AssertRefusedAsync("product.not_sold", ErrorKind.Conflict, () => product.Restock(reserved));
        await TestProducts.AssertRefusedAsync("product.reservation_not_found", ErrorKind.NotFound, () => product.Restock(TestProducts.NewOrderId()));

        await product.Confirm(reserved);
        await product.Restock(reserved);
        await TestProducts.AssertRefusedAsync("product.not_sold", ErrorKind.Conflict, () => product.Confirm(reserved));
        TestProducts.AssertConsistent(await product.GetStock());
        Assert.Equal(5, (await product.GetStock()).Available);
    }
}
