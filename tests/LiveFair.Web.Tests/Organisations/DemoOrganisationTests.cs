using System.Text.Json;
using System.Text.RegularExpressions;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

public sealed partial class DemoOrganisationTests
{
    [Fact]
    public async Task Demo_rooms_show_their_verified_hosts_and_demo_organisations_hide_with_demo_content()
    {
        await using var host = await LiveFairTestHost.StartAsync(demo: true);
        using (var client = host.CreateClient())
        {
            var lobby = await client.GetStringAsync("/");
            var cards = RoomCard().Matches(lobby).Select(card => card.Value).ToList();
            Assert.NotEmpty(cards);
            Assert.All(cards, card => Assert.Contains("badge-verified", card, StringComparison.Ordinal));
            Assert.Contains("badge-verified", await client.GetStringAsync("/rooms/sunshine-workshop-charity-sale"), StringComparison.Ordinal);

            using var directory = JsonDocument.Parse(await client.GetStringAsync("/api/orgs"));
            var verified = directory.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("organisationId").GetString()!, e => e.GetProperty("verified").GetBoolean());
            Assert.True(verified["demo-gd-federation"]);
            Assert.True(verified["demo-sunshine-workshop"]);
            Assert.True(verified["demo-pearl-river-tech"]);
            Assert.False(verified["demo-lingnan-logistics"]);
        }

        host.Configure("Demo:Enabled", "false");
        await host.RestartAsync();
        using var after = host.CreateClient();
        Assert.Equal("[]", await after.GetStringAsync("/api/orgs"));
        Assert.DoesNotContain("demo-", await after.GetStringAsync("/orgs"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"room-card\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex RoomCard();
}
