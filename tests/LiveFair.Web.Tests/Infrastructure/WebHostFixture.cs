using System.Net;
using LiveFair.Testing;
using LiveFair.Web.Identity;
using Xunit;

namespace LiveFair.Web.Tests.Infrastructure;

/// <summary>One running LiveFair for a test class, with a captioner of org-a, a host of org-a and a captioner of org-b.</summary>
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
        CaptionerA = await SignInAsNewAsync("captioner-a@test.local", LiveFairRoles.Captioner, OrgA);
        HostA = await SignInAsNewAsync("host-a@test.local", LiveFairRoles.Host, OrgA);
        CaptionerB = await SignInAsNewAsync("captioner-b@test.local", LiveFairRoles.Captioner, OrgB);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task<CookieContainer> SignInAsNewAsync(string email, string role, string org)
    {
        var password = await Host.CreateStaffAsync(email, role, org);
        return await Host.SignInAsync(email, password);
    }
}
