using System.Globalization;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Hosting;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster running the real LiveFair grains over a SQLite file. Small room options
/// make the bounds (event log, transcript chunks, sequence blocks) show up after a handful of captions.
/// </summary>
internal sealed class LiveFairTestCluster : IAsyncDisposable
{
    public const int EventLogCapacity = 8;
    public const int TranscriptChunkSize = 3;
    public const int RecentCaptionCount = 3;
    public const int SequenceBlockSize = 10;
    public static readonly TimeSpan ViewerCountInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Booths sweep often, so answer times and disconnect graces of a second or less show up quickly.</summary>
    public static readonly TimeSpan BoothSweepInterval = TimeSpan.FromMilliseconds(100);
    public const int BoothTicketBlockSize = 3;

    /// <summary>Products sweep often, so a short reservation time in a test's overrides shows up quickly.</summary>
    public static readonly TimeSpan ProductSweepInterval = TimeSpan.FromMilliseconds(100);

    private LiveFairTestCluster(InProcessTestCluster cluster) => Cluster = cluster;

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    private static IConfiguration CreateConfiguration(string sqliteConnectionString, IReadOnlyDictionary<string, string?>? overrides) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["Database:ConnectionString"] = sqliteConnectionString,
                ["Rooms:EventLogCapacity"] = EventLogCapacity.ToString(CultureInfo.InvariantCulture),
                ["Rooms:TranscriptChunkSize"] = TranscriptChunkSize.ToString(CultureInfo.InvariantCulture),
                ["Rooms:RecentCaptionCount"] = RecentCaptionCount.ToString(CultureInfo.InvariantCulture),
                ["Rooms:SequenceBlockSize"] = SequenceBlockSize.ToString(CultureInfo.InvariantCulture),
                ["Rooms:ViewerCountInterval"] = ViewerCountInterval.ToString("c", CultureInfo.InvariantCulture),
                ["Booths:SweepInterval"] = BoothSweepInterval.ToString("c", CultureInfo.InvariantCulture),
                ["Booths:TicketBlockSize"] = BoothTicketBlockSize.ToString(CultureInfo.InvariantCulture),
                ["Products:SweepInterval"] = ProductSweepInterval.ToString("c", CultureInfo.InvariantCulture),
            })
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    /// <param name="overrides">Configuration keys that differ for one test class, such as a short reservation time.</param>
    public static async Task<LiveFairTestCluster> StartAsync(string sqliteConnectionString, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = CreateConfiguration(sqliteConnectionString, overrides);
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((InProcessTestSiloSpecificOptions _, ISiloBuilder silo) => silo.AddLiveFairGrains(configuration));

        // After a silo restart the client must find the new gateway quickly rather than after a minute.
        builder.ConfigureClient(client => client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromMilliseconds(200)));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            var started = new LiveFairTestCluster(cluster);
            await started.WaitUntilReachableAsync();
            return started;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public IRoomGrain Room(string roomId) => Client.GetGrain<IRoomGrain>(roomId);

    /// <summary>Stops the silo gracefully, starts a fresh one and waits until the client reaches it.</summary>
    public async Task RestartSiloAsync()
    {
        await Cluster.RestartSiloAsync(Cluster.Silos[0]);
        await WaitUntilReachableAsync();
    }

    /// <summary>Waits until a grain call gets through; after a restart the client needs a moment to find the gateway.</summary>
    public Task WaitUntilReachableAsync() =>
        Eventually.GetAsync(
            async () =>
            {
                try
                {
                    // An unknown room answers without creating anything.
                    return !await Room("reachability-probe").IsIngestTokenValid("probe");
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException)
                {
                    return false;
                }
            },
            reachable => reachable,
            "the client to reach the silo",
            TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Cluster.StopAllSilosAsync();
        }
        finally
        {
            await Cluster.DisposeAsync();
        }
    }
}
