using System.Net;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
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
    private readonly LogCapture? _logs;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;
    private readonly Dictionary<string, TestPerson> _founders = new(StringComparer.Ordinal);
    private WebApplication? _app;

    private LiveFairTestHost(string dataDirectory, Dictionary<string, string?> settings, string environment, Action<IServiceCollection>? services, string? logFile, LogCapture? logs)
    {
        DataDirectory = dataDirectory;
        _settings = settings;
        _environment = environment;
        _services = services;
        LogFile = logFile;
        _logs = logs;
    }

    public string DataDirectory { get; }

    /// <summary>The file this host logs everything into (across restarts), or null when the run asked for no log files.</summary>
    public string? LogFile { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The host is not running.");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts a host. Demo content is off unless a test asks for it, so each test sees only its own rooms.
    /// <paramref name="logs"/>, when given, receives every entry at or above its own minimum level.
    /// <paramref name="services"/> may add test-only services, such as <see cref="FaultEndpoints"/>.
    /// The host logs into a new file in <paramref name="logFolder"/>, by default the folder named by
    /// <see cref="TestLogFileProvider.FolderVariable"/> (no file when neither is given).
    /// </summary>
    public static async Task<LiveFairTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        bool demo = false,
        LogCapture? logs = null,
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

        var host = new LiveFairTestHost(dataDirectory, all, environment, services, TestLogFileProvider.NewFilePath(logFolder), logs);
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

    /// <summary>A registered person (account and person grain) with a unique email; not signed in.</summary>
    public async Task<TestPerson> CreatePersonAsync(string? displayName = null, string? email = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var person = new TestPerson(
            Id: "",
            Email: email ?? $"person-{unique}@test.livefair.local",
            Password: TestPerson.DefaultPassword,
            DisplayName: displayName ?? "Person " + unique);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        var user = new LiveFairUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, DisplayName = person.DisplayName };
        Check(await users.CreateAsync(user, person.Password));
        await Grains.GetGrain<IPersonGrain>(user.Id).Register();
        return person with { Id = user.Id };
    }

    /// <summary>A platform admin (the Identity role), registered like anyone else.</summary>
    public async Task<TestPerson> CreatePlatformAdminAsync()
    {
        var person = await CreatePersonAsync("Platform admin");
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(LiveFairRoles.PlatformAdmin))
        {
            Check(await roles.CreateAsync(new IdentityRole(LiveFairRoles.PlatformAdmin)));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<LiveFairUser>>();
        Check(await users.AddToRoleAsync((await users.FindByIdAsync(person.Id))!, LiveFairRoles.PlatformAdmin));
        return person;
    }

    /// <summary>
    /// A new person with <paramref name="roles"/> in the organisation, joined the real way: the organisation's
    /// founding admin (created with the organisation on first use) invites them and they accept.
    /// </summary>
    public async Task<TestPerson> CreateMemberAsync(string organisationId, params OrganisationRole[] roles)
    {
        var founder = await FounderOfAsync(organisationId);
        var member = await CreatePersonAsync();
        var organisation = Grains.GetGrain<IOrganisationGrain>(organisationId);
        var invitation = await organisation.Invite(founder.Id, new InvitationInput { Email = member.Email, Roles = roles });
        await organisation.AcceptInvitation(invitation.Token!, member.Identity);
        return member;
    }

    /// <summary>The admin who created the organisation, creating both (as a service organisation unless told) on first use.</summary>
    public async Task<TestPerson> FounderOfAsync(string organisationId, OrganisationKind kind = OrganisationKind.ServiceOrganisation)
    {
        if (_founders.TryGetValue(organisationId, out var founder))
        {
            return founder;
        }

        founder = await CreatePersonAsync("Founder of " + organisationId);
        await Grains.GetGrain<IOrganisationGrain>(organisationId).Create(
            new OrganisationProfile { Kind = kind, Name = "Organisation " + organisationId, City = "广州" },
            founder.Identity);
        _founders[organisationId] = founder;
        return founder;
    }

    public Task<CookieContainer> SignInAsync(TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return SignInAsync(person.Email, person.Password);
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
        if (_logs is not null)
        {
            // A rule for this provider alone, so the capture sees Information even where the host logs Warning and up.
            builder.Logging.AddProvider(_logs).AddFilter<LogCapture>(null, _logs.MinimumLevel).AddFilter<LogCapture>("Orleans", LogLevel.Warning);
        }

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
