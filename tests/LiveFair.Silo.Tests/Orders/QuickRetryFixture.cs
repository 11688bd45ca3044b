using System.Globalization;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>A cluster whose orders retry unfinished effects every 200 ms, so a mended table shows the retry within a test.</summary>
public sealed class QuickRetryFixture : IAsyncLifetime
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    private readonly TempSqliteFile _file = new();
    private LiveFairTestCluster? _cluster;

    public IClusterClient Client => (_cluster ?? throw new InvalidOperationException("The cluster has not started.")).Client;

    public string ConnectionString => _file.ConnectionString;

    public async Task InitializeAsync() =>
        _cluster = await LiveFairTestCluster.StartAsync(
            _file.ConnectionString,
            new Dictionary<string, string?> { ["Orders:EffectRetryInterval"] = RetryInterval.ToString("c", CultureInfo.InvariantCulture) });

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _file.Delete();
    }
}
