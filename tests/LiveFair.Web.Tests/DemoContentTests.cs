using System.Net;
using System.Text.Json;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class DemoContentTests
{
    [Fact]
    public async Task Demo_content_is_seeded_marked_and_can_be_switched_off()
    {
        await using var host = await LiveFairTestHost.StartAsync(demo: true);
        using (var client = host.CreateClient())
        {
            using var rooms = JsonDocument.Parse(await client.GetStringAsync("/api/rooms"));
            var demoRooms = rooms.RootElement.EnumerateArray().ToList();
            Assert.Contains(demoRooms, r => r.GetProperty("status").GetString() == "Live" && r.GetProperty("kind").GetString() == "JobFair");
            Assert.Contains(demoRooms, r => r.GetProperty("status").GetString() == "Live" && r.GetProperty("kind").GetString() == "CharitySale");
            Assert.Contains(demoRooms, r => r.GetProperty("status").GetString() == "Scheduled");
            Assert.All(demoRooms, r => Assert.True(r.GetProperty("isDemo").GetBoolean()));

            var lobby = await client.GetStringAsync("/");
            Assert.Contains("演示", lobby, StringComparison.Ordinal);
            var room = await client.GetStringAsync("/rooms/gd-state-enterprise-fair");
            Assert.Contains("欢迎来到广东省国有企业残疾人专场直播招聘会", room, StringComparison.Ordinal);

            // The live demo fair has two booths, four published jobs and a pinned job.
            using var jobs = JsonDocument.Parse(await client.GetStringAsync("/api/fairs/gd-state-enterprise-fair/jobs"));
            Assert.Equal(4, jobs.RootElement.GetArrayLength());
            using var booth = await client.GetAsync("/api/fairs/gd-state-enterprise-fair/booths/demo-lingnan-logistics");
            Assert.Equal(HttpStatusCode.OK, booth.StatusCode);
            using var fair = JsonDocument.Parse(await client.GetStringAsync("/api/fairs/gd-state-enterprise-fair"));
            Assert.Equal(2, fair.RootElement.GetProperty("booths").GetArrayLength());
        }

        // The demo accounts sign in while demo content is on.
        await host.SignInAsync("captioner@demo.livefair.local", "LiveFair-Demo-2026");

        host.Configure("Demo:Enabled", "false");
        await host.RestartAsync();
        using var after = host.CreateClient();
        using var none = JsonDocument.Parse(await after.GetStringAsync("/api/rooms"));
        Assert.Empty(none.RootElement.EnumerateArray());
        using var hidden = await after.GetAsync("/rooms/gd-state-enterprise-fair");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        foreach (var path in new[] { "/api/fairs/gd-state-enterprise-fair/jobs", "/api/fairs/gd-state-enterprise-fair/booths/demo-lingnan-logistics", "/rooms/gd-state-enterprise-fair/booths/demo-lingnan-logistics" })
        {
            using var gone = await after.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync("captioner@demo.livefair.local", "LiveFair-Demo-2026"));
    }
}
