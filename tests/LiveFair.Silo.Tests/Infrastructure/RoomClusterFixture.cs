using LiveFair.Contracts.Rooms;
using Xunit;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>One cluster and one SQLite file per test class; tests keep apart by using fresh room ids.</summary>
public sealed class RoomClusterFixture : IAsyncLifetime
{
    private readonly TempSqliteFile _file = new();
    private LiveFairTestCluster? _cluster;

    internal LiveFairTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IClusterClient Client => Cluster.Client;

    public string ConnectionString => _file.ConnectionString;

    public IRoomGrain Room(string roomId) => Cluster.Room(roomId);

    public async Task InitializeAsync() => _cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _file.Delete();
    }
}
