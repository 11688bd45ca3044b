using System.Net;
using System.Security.Claims;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Hosting;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFair.Testing;

/// <summary>
/// LiveFair in embedded mode on a real Kestrel bound to 127.0.0.1, with its own data folder and silo
/// ports. <see cref="RestartAsync"/> stops the process-level host and starts a new one on the same data.
/// </summary>
public sealed class LiveFairTestHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;
    private WebApplication? _app;

    private LiveFairTestHost(string dataDirectory, Dictionary<string, string?> settings, string environment, Action<IServiceCollection>? services, string? logFile)
    {
        DataDirectory = dataDirectory;
        _settings = settings;
        _environment = environment;
        _services = services;
        LogFile = logFile;
    }

    public string DataDirectory { get; }

    /// <summary>The file this host logs everything into (across restarts), or null when the run asked for no log files.</summary>
    public string? LogFile { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The host is not running.");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts a host. Demo content is off unless a test asks for it, so each test sees only its own rooms.
    /// <paramref name="services"/> may add test-only services, such as <see cref="FaultEndpoints"/>.
    /// The host logs into a new file in <paramref name="logFolder"/>, by default the folder named by
    /// <see cref="TestLogFileProvider.FolderVariable"/> (no file when neither is given).
    /// </summary>
    public static async Task<LiveFairTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        bool demo = false,
        string environment = "Testing",
        Action<IServiceCollection>? services = null,
        string? logFolder = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "livefair-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var all = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "livefair.db")}",
            ["Demo:Enabled"] = demo ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new LiveFairTestHost(dataDirectory, all, environment, services, TestLogFileProvider.NewFilePath(logFolder));
        await host.StartAppAsync();
        return host;
    }

    /// <summary>Changes a setting for the next <see cref="RestartAsync"/>.</summary>
    public void Configure(string key, string? value) => _settings[key] = value;

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAppAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public HttpClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A room that exists and (unless asked otherwise) is live, hosted by <paramref name="organisationId"/>.</summary>
    public async Task<string> CreateRoomAsync(string organisationId = "org-a", bool start = true, RoomKind kind = RoomKind.JobFair)
    {
        var roomId = "room-" + Guid.NewGuid().ToString("N")[..12];
        var grain = Grains.GetGrain<IRoomGrain>(roomId);
        await grain.Schedule(new RoomDetails
        {
            Kind = kind,
            Title = "Test room " + roomId,
            HostOrganisationId = organisationId,
            HostOrganisationName = "Organisation " + organisationId,
            ScheduledStart = DateTimeOffset.UtcNow,
            ScheduledEnd = DateTimeOffset.UtcNow.AddHours(2),
        });
        if (start)
        {
            await grain.StartRoom();
        }

        return roomId;
    }

    /// <summary>Creates a signed-up person with a role in an organisation and returns their password.</summary>
    public async Task<string> CreateStaffAsync(string email, string role, string organisationId)
    {
        const string password = "Test-Password-2026";
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        var user = new LiveFairUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.AddClaimAsync(user, new Claim(LiveFairClaims.Organisation, organisationId)));
        return password;
    }

    /// <summary>Signs in over the API and returns the cookies that carry the session.</summary>
    public async Task<CookieContainer> SignInAsync(string email, string password)
    {
        var cookies = new CookieContainer();
        using var client = CreateClient(cookies);
        using var response = await client.PostAsync("/api/account/login", JsonContent(new { email, password }));
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return cookies;
    }

    /// <summary>A started hub connection, anonymous unless <paramref name="cookies"/> carry a session.</summary>
    public async Task<HubConnection> ConnectAsync(CookieContainer? cookies = null, bool messagePack = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, RoomHubPath), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                if (cookies is not null)
                {
                    options.Cookies = cookies;
                }
            });
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }
        else
        {
            builder.AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        }

        var connection = builder.Build();
        await connection.StartAsync();
        return connection;
    }

    public const string RoomHubPath = "/hubs/room";

    public static StringContent JsonContent(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task StartAppAsync()
    {
        var settings = new Dictionary<string, string?>(_settings)
        {
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8],
        };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "LiveFair.Web",
            ContentRootPath = RepositoryPaths.WebProject,
            WebRootPath = Path.Combine(RepositoryPaths.WebProject, "wwwroot"),
            EnvironmentName = _environment,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter("Orleans", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning);
        if (LogFile is { } path)
        {
            // A rule for this provider alone outranks the console's rules: the file gets everything.
            builder.Services.AddSingleton<ILoggerProvider>(_ => new TestLogFileProvider(path));
            builder.Logging.AddFilter<TestLogFileProvider>(null, LogLevel.Information);
        }

        builder.AddLiveFair();
        _services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseLiveFair();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _app = app;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
