using System.Text.Json.Serialization;
using System.Threading.Channels;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFair.Benchmarks;

/// <summary>A server the viewers watch and the benchmark publishes captions to.</summary>
internal interface IFanoutTarget : IAsyncDisposable
{
    string Name { get; }

    Uri HubUrl { get; }

    Task JoinAsync(HubConnection connection, CancellationToken cancellationToken);

    /// <summary>Completes when the server has accepted the caption (not when viewers have it).</summary>
    Task PublishAsync(string text, bool final);
}

/// <summary>
/// Real LiveFair in embedded mode (<see cref="LiveFairTestHost"/>): viewers call <c>JoinRoom</c> on
/// <c>/hubs/room</c>, captions go to the room grain's <c>PublishCaption</c> (what the captioner's hub call
/// and the ingest endpoint do after authorisation), so each one is persisted, sequenced and handed to
/// this node's observer, which sends it to the room's SignalR group.
/// </summary>
internal sealed class LiveFairTarget : IFanoutTarget
{
    private readonly LiveFairTestHost _host;
    private readonly string _roomId;
    private readonly IRoomGrain _room;

    private LiveFairTarget(LiveFairTestHost host, string roomId)
    {
        _host = host;
        _roomId = roomId;
        _room = host.Grains.GetGrain<IRoomGrain>(roomId);
        HubUrl = new Uri(host.BaseAddress, LiveFairTestHost.RoomHubPath);
    }

    public string Name => "LiveFair";

    public Uri HubUrl { get; }

    public static async Task<LiveFairTarget> StartAsync()
    {
        var host = await LiveFairTestHost.StartAsync(demo: false);
        try
        {
            var roomId = await host.CreateRoomAsync();
            return new LiveFairTarget(host, roomId);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Task JoinAsync(HubConnection connection, CancellationToken cancellationToken) =>
        connection.InvokeAsync<RoomCatchUp>("JoinRoom", _roomId, (long?)null, cancellationToken);

    public Task PublishAsync(string text, bool final) => _room.PublishCaption(new CaptionInput { Text = text, IsFinal = final });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>
/// The baseline: a minimal Kestrel + SignalR app with the same protocols and payload type and no Orleans.
/// Viewers join a group; each caption becomes the same <see cref="RoomEvent"/> LiveFair would send and is
/// broadcast with <see cref="IHubContext{THub}"/>. Like LiveFair's per-room observer, one loop sends the
/// events one at a time, in order.
/// </summary>
internal sealed class BaselineTarget : IFanoutTarget
{
    public const string RoomId = "baseline-room";
    private const string HubPath = "/hubs/baseline";

    private readonly WebApplication _app;
    private readonly IHubContext<BaselineHub> _hub;
    private readonly Channel<RoomEvent> _events = Channel.CreateUnbounded<RoomEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _sender;
    private long _sequence;

    private BaselineTarget(WebApplication app, Uri baseAddress)
    {
        _app = app;
        _hub = app.Services.GetRequiredService<IHubContext<BaselineHub>>();
        HubUrl = new Uri(baseAddress, HubPath);
        _sender = Task.Run(SendAllAsync);
    }

    public string Name => "Baseline";

    public Uri HubUrl { get; }

    public static async Task<BaselineTarget> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BaselineTarget).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning);

        // The same SignalR settings and protocols as LiveFair's AddLiveFairRooms.
        builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol();

        var app = builder.Build();
        app.MapHub<BaselineHub>(HubPath, options => options.AllowStatefulReconnects = true);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BaselineTarget(app, new Uri(address));
    }

    public Task JoinAsync(HubConnection connection, CancellationToken cancellationToken) =>
        connection.InvokeAsync(nameof(BaselineHub.JoinRoom), RoomId, cancellationToken);

    public Task PublishAsync(string text, bool final)
    {
        var now = DateTimeOffset.UtcNow;
        var roomEvent = new RoomEvent
        {
            RoomId = RoomId,
            Sequence = Interlocked.Increment(ref _sequence),
            Kind = final ? RoomEventKind.CaptionFinal : RoomEventKind.CaptionPartial,
            At = now,
            Caption = new CaptionSegment
            {
                Id = Guid.NewGuid(),
                Text = text,
                IsFinal = final,
                Speaker = "",
                Language = "zh-CN",
                StartedAt = now,
                ReceivedAt = now,
            },
        };
        return _events.Writer.TryWrite(roomEvent) ? Task.CompletedTask : throw new InvalidOperationException("The baseline has stopped.");
    }

    public async ValueTask DisposeAsync()
    {
        _events.Writer.TryComplete();
        await _sender.WaitAsync(TimeSpan.FromSeconds(30));
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task SendAllAsync()
    {
        await foreach (var roomEvent in _events.Reader.ReadAllAsync())
        {
            await _hub.Clients.Group(BaselineHub.Group(RoomId)).SendAsync("roomEvent", roomEvent);
        }
    }
}

/// <summary>A plain hub: joining adds the connection to the room's group; nothing else.</summary>
public sealed class BaselineHub : Hub
{
    public static string Group(string roomId) => "room:" + roomId;

    public Task JoinRoom(string roomId) => Groups.AddToGroupAsync(Context.ConnectionId, Group(roomId));
}
