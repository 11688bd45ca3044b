using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Hosting;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
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

    private LiveFairTestCluster(InProcessTestCluster cluster, IConfiguration configuration, string connectionString)
    {
        Cluster = cluster;
        Configuration = configuration;
        ConnectionString = connectionString;
    }

    public InProcessTestCluster Cluster { get; }

    public IConfiguration Configuration { get; }

    public string ConnectionString { get; }

    public IClusterClient Client => Cluster.Client;

    public static IConfiguration CreateConfiguration(string sqliteConnectionString) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["Database:ConnectionString"] = sqliteConnectionString,
                ["Rooms:EventLogCapacity"] = EventLogCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Rooms:TranscriptChunkSize"] = TranscriptChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Rooms:RecentCaptionCount"] = RecentCaptionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Rooms:SequenceBlockSize"] = SequenceBlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Rooms:ViewerCountInterval"] = ViewerCountInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();

    public static async Task<LiveFairTestCluster> StartAsync(string sqliteConnectionString)
    {
        var configuration = CreateConfiguration(sqliteConnectionString);
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((InProcessTestSiloSpecificOptions _, ISiloBuilder silo) => silo.AddLiveFairGrains(configuration));

        // After a silo restart the client must find the new gateway quickly rather than after a minute.
        builder.ConfigureClient(client => client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromMilliseconds(200)));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new LiveFairTestCluster(cluster, configuration, sqliteConnectionString);
    }

    public IRoomGrain Room(string roomId) => Client.GetGrain<IRoomGrain>(roomId);

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
