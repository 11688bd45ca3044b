using System.Collections.Concurrent;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>A rush on a pinned product: every order is its own grain, and the product alone decides who gets the stock.</summary>
public sealed class OrderConcurrencyTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>, IAsyncDisposable
{
    private readonly OrderReadModels _read = new(fixture.ConnectionString);

    private IClusterClient Client => fixture.Client;

    public ValueTask DisposeAsync() => _read.DisposeAsync();

    [Fact]
    public async Task Three_hundred_orders_from_100_buyers_on_50_in_stock_sell_exactly_50_and_the_books_and_ticker_agree()
    {
        const int Stock = 50;
        const int Buyers = 100;
        const int Attempts = 300;
        var sale = await Client.SaleAsync(stock: Stock);
        var samples = new ConcurrentQueue<StockLevel>();
        using var stop = new CancellationTokenSource();
        var sampler = SampleAsync(sale.Product, samples, stop.Token);

        var results = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => AttemptAsync(sale, $"person-rush-{i % Buyers}")));
        await stop.CancelAsync();
        await sampler;

        var placed = results.OfType<OrderView>().ToList();
        var refused = results.OfType<DomainException>().ToList();
        Assert.Equal(Stock, placed.Count);
        Assert.All(placed, o => Assert.Equal(OrderStatus.Paid, o.Status));
        Assert.Equal(Attempts - Stock, refused.Count);
        Assert.All(refused, r => Assert.Equal("product.sold_out", r.Code));
        Assert.Equal(new StockLevel { Total = Stock, Available = 0, Reserved = 0, Sold = Stock }, await sale.Product.GetStock());
        Assert.All(samples, TestProducts.AssertConsistent);
        Assert.All(samples, s => Assert.True(s.Reserved + s.Sold <= Stock, $"Oversold: {s}"));

        var totals = await _read.Ledger.GetWorkshopTotalsAsync(sale.WorkshopId);
        Assert.Equal((Stock, Stock, Stock * TestOrders.Price), (totals.Orders, totals.ItemsSold, totals.TotalFen));
        Assert.Equal(Stock * 1000L, Assert.Single(totals.Charities).AmountFen);
        Assert.Equal([Stock * 1000L, Stock * 1000L], totals.Makers.Select(m => m.AmountFen));
        Assert.Equal((Stock * 500L, Stock * 250L, Stock * 130L), (totals.MaterialsFen, totals.PlatformFeeFen, totals.PaymentFeeFen));
        Assert.Equal(Stock * TestOrders.Price, (await _read.Ledger.ListByWorkshopAsync(sale.WorkshopId)).Sum(r => r.AmountFen));

        var room = (await sale.Room.GetSnapshot()).SaleTotals;
        Assert.Equal((Stock, Stock, Stock * TestOrders.Price, Stock * 1000L, Stock * 2000L), (room.Orders, room.ItemsSold, room.TotalFen, room.RaisedForCharityFen, room.EarnedByMakersFen));
        Assert.Equal(Stock, (await _read.Index.ListByWorkshopAsync(sale.WorkshopId, OrderStatus.Paid)).Count);
        Assert.Equal(Stock, (await _read.Index.ListByWorkshopAsync(sale.WorkshopId)).Count);
    }

    private async Task<object> AttemptAsync(Sale sale, string buyerId)
    {
        try
        {
            return await Client.PlaceAsync(sale, buyerId);
        }
        catch (DomainException exception)
        {
            return exception;
        }
    }

    private static async Task SampleAsync(IProductGrain product, ConcurrentQueue<StockLevel> samples, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            samples.Enqueue(await product.GetStock());
            await Task.Yield();
        }
    }
}
