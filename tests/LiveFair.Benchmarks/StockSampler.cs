using LiveFair.Contracts.Sales;

namespace LiveFair.Benchmarks;

/// <summary>
/// Reads a product's stock every few milliseconds while a phase runs and counts every sample where
/// reserved + sold + available is not the stock, or more was taken than there is.
/// </summary>
internal sealed class StockSampler(IProductGrain product, int stock, TimeSpan every) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public int Samples { get; private set; }

    public int Broken { get; private set; }

    public StockLevel? FirstBroken { get; private set; }

    public void Start() => _running = RunAsync();

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running;
        }
    }

    public void Dispose() => _stop.Dispose();

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var level = await product.GetStock();
            Samples++;
            if (level.Total != stock || level.Available + level.Reserved + level.Sold != stock || level.Available < 0)
            {
                Broken++;
                FirstBroken ??= level;
            }

            try
            {
                await Task.Delay(every, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
