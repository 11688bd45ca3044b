using System.Net;
using System.Net.Http.Headers;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class TranscriptRestartTests
{
    [Fact]
    public async Task After_a_host_restart_the_transcript_is_intact_and_downloadable()
    {
        // A small chunk size so the transcript spans several stored chunks plus the open one.
        await using var host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?> { ["Rooms:TranscriptChunkSize"] = "4" });
        var room = await host.CreateRoomAsync();
        var token = await host.Grains.GetGrain<IRoomGrain>(room).RotateIngestToken();
        var lines = Enumerable.Range(1, 11).Select(i => $"第 {i} 行 line {i} <i>&</i>").ToList();
        using (var client = host.CreateClient())
        {
            foreach (var line in lines)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room}/captions")
                {
                    Content = LiveFairTestHost.JsonContent(new { text = line, final = true, speaker = "主持人" }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        await host.RestartAsync();

        using var after = host.CreateClient();
        var text = await after.GetStringAsync($"/rooms/{room}/transcript.txt");
        var textLines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(lines.Count, textLines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.EndsWith("主持人: " + lines[i], textLines[i], StringComparison.Ordinal);
            Assert.Matches(@"^\[\d\d:\d\d:\d\d\] ", textLines[i]);
        }

        using var vttResponse = await after.GetAsync($"/rooms/{room}/transcript.vtt");
        Assert.Equal("text/vtt", vttResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", vttResponse.Content.Headers.ContentDisposition?.DispositionType);
        var vtt = await vttResponse.Content.ReadAsStringAsync();
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        Assert.Equal(lines.Count, vtt.Split(" --> ").Length - 1);

        // Cue text is markup in WebVTT, so the caption's own markup must arrive escaped.
        Assert.Contains("<v 主持人>第 1 行 line 1 &lt;i&gt;&amp;&lt;/i&gt;", vtt, StringComparison.Ordinal);

        // A viewer joining the restarted host gets the same lines in its snapshot.
        await using var viewer = await host.ConnectAsync();
        var joined = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        Assert.Equal(lines.Count, joined.Snapshot!.TranscriptLength);
        Assert.Equal(lines, joined.Snapshot.RecentCaptions.Select(c => c.Text));
    }

    [Fact]
    public async Task Sequence_numbers_keep_rising_across_a_restart_and_old_ones_get_a_snapshot()
    {
        await using var host = await LiveFairTestHost.StartAsync();
        var room = await host.CreateRoomAsync();
        var grain = host.Grains.GetGrain<IRoomGrain>(room);
        await grain.PublishCaption(new CaptionInput { Text = "before partial" });
        var before = await grain.PublishCaption(new CaptionInput { Text = "before", IsFinal = true });

        await host.RestartAsync();

        await using var viewer = await host.ConnectAsync();
        var catchUp = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, before.Sequence - 1);
        Assert.NotNull(catchUp.Snapshot);
        Assert.Empty(catchUp.Events);

        var after = await host.Grains.GetGrain<IRoomGrain>(room).PublishCaption(new CaptionInput { Text = "after", IsFinal = true });
        Assert.True(after.Sequence > before.Sequence, $"{after.Sequence} should exceed {before.Sequence}");
    }
}
