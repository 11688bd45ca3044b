using System.Net;
using LiveFair.Contracts.Organisations;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Infrastructure;

/// <summary>One running LiveFair for a test class, with a helper of org-a, a streamer of org-a and a helper of org-b.</summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    public const string OrgA = "org-a";
    public const string OrgB = "org-b";

    public LiveFairTestHost Host { get; private set; } = null!;

    public CookieContainer CaptionerA { get; private set; } = null!;

    public CookieContainer HostA { get; private set; } = null!;

    public CookieContainer CaptionerB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Rooms:EventLogCapacity"] = "16",
            ["Rooms:ViewerCountInterval"] = "00:00:00.200",
            ["Fanout:ViewerReportInterval"] = "00:00:00.200",
        });
        CaptionerA = await Host.SignInAsync(await Host.CreateMemberAsync(OrgA, OrganisationRole.Helper));
        HostA = await Host.SignInAsync(await Host.CreateMemberAsync(OrgA, OrganisationRole.Streamer));
        CaptionerB = await Host.SignInAsync(await Host.CreateMemberAsync(OrgB, OrganisationRole.Helper));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
