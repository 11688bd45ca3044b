using LiveFair.Contracts.Organisations;
using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Xunit;

namespace LiveFair.Web.Tests.Security;

/// <summary>
/// A LiveFair with one extra allowed origin and hub limits small enough that a test reaches them in a
/// few dozen calls. Each test signs up its own people, so one test's spent allowance never limits another.
/// </summary>
public sealed class SecurityHostFixture : IAsyncLifetime
{
    public const string PartnerOrigin = "https://partner.livefair.example";

    /// <summary>The same origin as an operator might write it: other case, default port, a slash.</summary>
    public const string PartnerOriginAsConfigured = "HTTPS://Partner.LiveFair.Example:443/";
    public const int TokenLimit = 10;
    public const int TokensPerSecond = 5;
    public const int RejectionsBeforeDisconnect = 5;
    public const int ConnectionMessageLimit = 30;

    public LiveFairTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Security:AllowedOrigins:0"] = PartnerOriginAsConfigured,
        ["Security:HubRateLimit:TokenLimit"] = $"{TokenLimit}",
        ["Security:HubRateLimit:TokensPerSecond"] = $"{TokensPerSecond}",
        ["Security:HubRateLimit:RejectionsBeforeDisconnect"] = $"{RejectionsBeforeDisconnect}",
        ["Security:HubRateLimit:ConnectionMessageLimit"] = $"{ConnectionMessageLimit}",
        ["Security:HubRateLimit:ConnectionMessagesPerSecond"] = "10",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A captioner of org-a nobody else uses, signed in.</summary>
    public async Task<CookieContainer> NewCaptionerAsync()
    {
        return await Host.SignInAsync(await Host.CreateMemberAsync("org-a", OrganisationRole.Helper));
    }
}
