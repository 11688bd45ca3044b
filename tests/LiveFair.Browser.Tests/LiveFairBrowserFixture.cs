using LiveFair.Testing;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>
/// One LiveFair host (with demo content) and one headless Chromium for a test class. Each test opens its own
/// <see cref="IBrowserContext"/>, so cookies, storage and pages never leak between tests.
/// </summary>
public sealed class LiveFairBrowserFixture : IAsyncLifetime
{
    /// <summary>How long an auto-waiting assertion or action may take before it fails.</summary>
    public const float Timeout = 10_000;

    private const string ChromiumPath = "/usr/bin/chromium";

    private LiveFairTestHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LiveFairTestHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>What the host logged; password reset links are read from here, as an operator would in embedded mode.</summary>
    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Timeout);
        _host = await LiveFairTestHost.StartAsync(demo: true, logs: Logs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh, signed-out browser context whose relative URLs resolve against the host.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString().TrimEnd('/'),
            AcceptDownloads = true,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }

    /// <summary>A page in a context of its own; disposing the returned context closes both.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync()
    {
        var context = await NewContextAsync();
        return (context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
