using System.Collections.Concurrent;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>Many buyers pressing at once: the stock is never oversold and the counts always add up.</summary>
public sealed class NoOversellTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Two_thousand_concurrent_reservations_from_400_buyers_take_exactly_the_100_in_stock()
    {
        const int Stock = 100;
        const int Buyers = 400;
        const int Attempts = 2_000;
        var (product, _, _) = await Client.CreatedProductAsync(stock: Stock);
        var samples = new ConcurrentQueue<StockLevel>();
        using var stop = new CancellationTokenSource();
        var sampler = SampleAsync(product, samples, stop.Token);

        // Besides the background sampler, every attempt reads the stock as soon as it is answered, while the others
        // are still in flight: the invariant is checked during the rush however fast the machine runs it.
        var attempts = Enumerable.Range(0, Attempts)
            .Select(async i =>
            {
                var result = await AttemptAsync(product, $"buyer-{i % Buyers}", $"ord-{i:D5}");
                samples.Enqueue(await product.GetStock());
                return result;
            })
            .ToList();
        var results = await Task.WhenAll(attempts);
        await stop.CancelAsync();
        await sampler;

        var reserved = results.OfType<Reservation>().ToList();
        var refusals = results.OfType<DomainException>().ToList();
        Assert.Equal(Stock, reserved.Count);
        Assert.Equal(Attempts - Stock, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("product.sold_out", r.Code));
        Assert.Equal(Stock, reserved.Select(r => r.OrderId).Distinct().Count());
        Assert.Equal(new StockLevel { Total = Stock, Available = 0, Reserved = Stock, Sold = 0 }, await product.GetStock());

        Assert.True(samples.Count >= Attempts, $"Only {samples.Count} samples were taken during the run.");
        Assert.All(samples, TestProducts.AssertConsistent);
        Assert.All(samples, s => Assert.True(s.Reserved <= Stock && s.Total == Stock, $"Oversold: {s}"));
    }

    [Fact]
    public async Task Concurrent_orders_of_one_buyer_never_pass_the_per_buyer_limit()
    {
        var (product, _, adminId) = await Client.CreatedProductAsync(stock: 1_000);
        await product.SetTerms(adminId, new SaleTerms { PerBuyerLimit = 2 });

        var results = await Task.WhenAll(
            Enumerable.Range(0, 1_000).Select(i => AttemptAsync(product, $"buyer-{i % 200}", $"ord-{i:D5}")));

        var perBuyer = results.OfType<Reservation>().GroupBy(r => r.BuyerId).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        Assert.Equal(200, perBuyer.Count);
        Assert.All(perBuyer.Values, held => Assert.Equal(2, held));
        Assert.All(results.OfType<DomainException>(), r => Assert.Equal("product.buyer_limit", r.Code));
        Assert.Equal(new StockLevel { Total = 1_000, Available = 600, Reserved = 400, Sold = 0 }, await product.GetStock());
    }

    private static async Task<object> AttemptAsync(IProductGrain product, string buyerId, string orderId)
    {
        try
        {
            return await product.Reserve(buyerId, 1, orderId);
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
