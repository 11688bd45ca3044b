using System.Globalization;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>Orders and their unfinished effects survive a silo restart.</summary>
public sealed class OrderDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task Ledger_lines_still_due_when_the_silo_stopped_are_written_when_the_order_next_activates()
    {
        // A retry timer that never fires within the test: only activation can finish the effect.
        await using var cluster = await LiveFairTestCluster.StartAsync(
            _file.ConnectionString,
            new Dictionary<string, string?> { ["Orders:EffectRetryInterval"] = TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture) });
        await using var read = new OrderReadModels(_file.ConnectionString);
        var sale = await cluster.Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        await read.ExecuteAsync("CREATE TRIGGER fail_ledger BEFORE INSERT ON sale_ledger BEGIN SELECT RAISE(ABORT, 'injected'); END;");
        var order = await cluster.Client.PlaceAsync(sale, buyer, quantity: 2);
        Assert.Empty(await read.Ledger.GetOrderLinesAsync(order.OrderId));

        await cluster.RestartSiloAsync();
        await read.ExecuteAsync("DROP TRIGGER fail_ledger;");
        var afterRestart = await cluster.Client.GetGrain<IOrderGrain>(order.OrderId).GetFor(buyer);

        Assert.Equal((OrderStatus.Paid, order.Version, order.Shipping), (afterRestart.Status, afterRestart.Version, afterRestart.Shipping));
        Assert.Equal(order.TotalFen, (await read.Ledger.GetOrderLinesAsync(order.OrderId)).Sum(l => l.AmountFen));
        Assert.Equal(2, (await sale.Room.GetSnapshot()).SaleTotals.ItemsSold);
        Assert.Equal(order.OrderId, Assert.Single(await read.Index.ListByBuyerAsync(buyer)).OrderId);
    }
}
