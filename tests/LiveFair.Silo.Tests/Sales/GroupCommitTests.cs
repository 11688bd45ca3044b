using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Orders;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>
/// Reservations share writes (group commit). A write that fails refuses every change it or the next batch carried,
/// and puts the stock back as last stored; nothing is answered before it is stored.
/// </summary>
public sealed class GroupCommitTests(QuickRetryFixture fixture) : IClassFixture<QuickRetryFixture>, IAsyncDisposable
{
    private readonly OrderReadModels _database = new(fixture.ConnectionString);

    private IClusterClient Client => fixture.Client;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task When_the_write_fails_every_reservation_waiting_for_it_is_refused_and_the_stock_is_as_stored()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 100);
        var kept = TestProducts.NewOrderId();
        await product.Reserve("buyer-kept", 1, kept);
        var trigger = "fail_" + Guid.NewGuid().ToString("N");
        await _database.ExecuteAsync(
            $"CREATE TRIGGER {trigger} BEFORE UPDATE ON grain_state WHEN NEW.grain_id = '{product.GetPrimaryKeyString()}' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            try
            {
                await product.Reserve($"buyer-{i}", 1, TestProducts.NewOrderId());
                return true;
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                return false;
            }
        }));

        Assert.All(attempts, Assert.False);
        Assert.Equal(new StockLevel { Total = 100, Available = 99, Reserved = 1, Sold = 0 }, await product.GetStock());
        await Assert.ThrowsAnyAsync<Exception>(() => product.Confirm(kept));

        await _database.ExecuteAsync($"DROP TRIGGER {trigger};");
        var reserved = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => product.Reserve($"buyer-{i}", 1, TestProducts.NewOrderId())));
        await product.Confirm(kept);

        Assert.Equal(40, reserved.Select(r => r.OrderId).Distinct().Count());
        Assert.Equal(new StockLevel { Total = 100, Available = 59, Reserved = 40, Sold = 1 }, await product.GetStock());
    }

    [Fact]
    public async Task A_rush_of_reservations_is_stored_in_fewer_writes_than_reservations()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 300);
        var before = (await product.GetView()).Version;
        var etagSql = $"SELECT etag FROM grain_state WHERE grain_id = '{product.GetPrimaryKeyString()}'";
        var writesBefore = await _database.ScalarAsync(etagSql);

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => product.Reserve($"buyer-{i}", 1, TestProducts.NewOrderId())));

        // Each change raises the version by one; the stored row holds it, and the stock shown is exactly what was stored.
        var view = await product.GetView();
        Assert.Equal(before + 300, view.Version);
        Assert.Equal(new StockLevel { Total = 300, Available = 0, Reserved = 300, Sold = 0 }, view.Stock);
        var writes = await _database.ScalarAsync(etagSql) - writesBefore;
        Assert.InRange(writes, 1, 299);
    }
}
