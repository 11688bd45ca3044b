using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class PlatformEndpointTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = fixture.Host.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task OpenApi_describes_the_ingest_endpoint_and_its_errors()
    {
        using var client = fixture.Host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var ingest = document.RootElement.GetProperty("paths").GetProperty("/api/rooms/{roomId}/captions").GetProperty("post");
        var responses = ingest.GetProperty("responses");
        foreach (var status in new[] { "200", "400", "401", "404", "409", "413" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"missing {status}");
        }
    }

    [Fact]
    public async Task Metrics_count_fanned_out_messages_and_caption_latency()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        await using var viewer = await fixture.Host.ConnectAsync();
        using var events = new RoomEventRecorder(viewer);
        await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        await fixture.Host.Grains.GetGrain<IRoomGrain>(room).PublishCaption(new CaptionInput { Text = "metric", IsFinal = true });
        await events.WaitForAsync(e => e.Kind == RoomEventKind.CaptionFinal);

        using var client = fixture.Host.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string metrics;
        do
        {
            metrics = await client.GetStringAsync("/metrics");
        }
        while (!metrics.Contains("livefair_fanout_messages", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("livefair_fanout_messages", metrics, StringComparison.Ordinal);
        Assert.Contains("livefair_caption_latency", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lobby_lists_rooms_with_their_current_status()
    {
        var scheduled = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA, start: false);
        var live = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var ended = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        await fixture.Host.Grains.GetGrain<IRoomGrain>(ended).EndRoom();

        using var client = fixture.Host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/rooms"));
        var statuses = document.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("roomId").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal("Scheduled", statuses[scheduled]);
        Assert.Equal("Live", statuses[live]);
        Assert.Equal("Ended", statuses[ended]);

        var order = document.RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.True(order.IndexOf("Live") < order.IndexOf("Scheduled") && order.IndexOf("Scheduled") < order.IndexOf("Ended"), string.Join(",", order));
    }
}
