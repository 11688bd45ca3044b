using System.Globalization;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>A cluster whose reservations last one second, so expiry shows up within a test.</summary>
public sealed class ShortReservationFixture : IAsyncLifetime
{
    public static readonly TimeSpan ReservationTime = TimeSpan.FromSeconds(1);

    private readonly TempSqliteFile _file = new();
    private LiveFairTestCluster? _cluster;

    public IClusterClient Client => (_cluster ?? throw new InvalidOperationException("The cluster has not started.")).Client;

    public async Task InitializeAsync() =>
        _cluster = await LiveFairTestCluster.StartAsync(
            _file.ConnectionString,
            new Dictionary<string, string?> { ["Products:ReservationTime"] = ReservationTime.ToString("c", CultureInfo.InvariantCulture) });

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _file.Delete();
    }
}
