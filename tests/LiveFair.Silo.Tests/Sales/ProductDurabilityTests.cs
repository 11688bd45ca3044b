using System.Globalization;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

public sealed class ProductDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Open_and_sold_reservations_survive_a_restart_and_the_open_one_can_still_be_paid()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var (product, _, adminId) = await cluster.Client.CreatedProductAsync(stock: 4);
        await product.SetTerms(adminId, new SaleTerms { PerBuyerLimit = 3 });
        var open = await product.Reserve("buyer-a", 2, TestProducts.NewOrderId());
        var paid = await product.Reserve("buyer-b", 1, TestProducts.NewOrderId());
        await product.Confirm(paid.OrderId);

        await cluster.RestartSiloAsync();

        Assert.Equal(new StockLevel { Total = 4, Available = 1, Reserved = 2, Sold = 1 }, await product.GetStock());
        TestProducts.AssertSame(open, await product.Reserve("buyer-a", 2, open.OrderId));
        Assert.Equal(3, (await product.GetView()).Terms.PerBuyerLimit);
        Assert.Equal(ReservationStatus.Sold, (await product.Confirm(open.OrderId)).Status);
        Assert.Equal(new StockLevel { Total = 4, Available = 1, Reserved = 0, Sold = 3 }, await product.GetStock());
    }

    [Fact]
    public async Task Reservations_that_ran_out_while_the_silo_was_down_are_back_in_stock_on_the_first_call()
    {
        // Long enough that the reservation is still open when the silo stops, short enough to wait out.
        var reservationTime = TimeSpan.FromSeconds(5);
        await using var cluster = await LiveFairTestCluster.StartAsync(
            _file.ConnectionString,
            new Dictionary<string, string?> { ["Products:ReservationTime"] = reservationTime.ToString("c", CultureInfo.InvariantCulture) });
        var (product, _, _) = await cluster.Client.CreatedProductAsync(stock: 4);
        var paid = await product.Reserve("buyer-b", 1, TestProducts.NewOrderId());
        await product.Confirm(paid.OrderId);
        var open = await product.Reserve("buyer-a", 2, TestProducts.NewOrderId());

        await cluster.RestartSiloAsync();
        var stored = await GrainStateRows.ReadPayloadAsync(_file.ConnectionString, "product", product.GetPrimaryKeyString());
        Assert.True(
            stored is not null && stored.Contains("\"Reserved\"", StringComparison.Ordinal),
            $"The silo took longer than {reservationTime} to restart, so this test cannot tell the activation sweep from the timer.");
        var wait = open.ExpiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        // The product has not been activated since the restart, and GetStock only reads: activation swept.
        Assert.Equal(new StockLevel { Total = 4, Available = 3, Reserved = 0, Sold = 1 }, await product.GetStock());
        Assert.Equal(ReservationStatus.Expired, (await product.GetReservation(open.OrderId)).Status);
        var afterSweep = await GrainStateRows.ReadPayloadAsync(_file.ConnectionString, "product", product.GetPrimaryKeyString());
        Assert.DoesNotContain("\"Reserved\"", afterSweep!, StringComparison.Ordinal);
    }
}
