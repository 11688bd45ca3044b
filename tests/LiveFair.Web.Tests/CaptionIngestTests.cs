using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class CaptionIngestTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Ingest_with_the_room_token_publishes_partial_and_final_segments()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        var segment = Guid.NewGuid();

        using var partial = await PostAsync(client, room, token, new { segmentId = segment, text = "正在识别", final = false, language = "zh-CN" });
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        using var final = await PostAsync(client, room, token, new { segmentId = segment, text = "正在识别的句子。", final = true, speaker = "ASR" });
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        using var body = JsonDocument.Parse(await final.Content.ReadAsStringAsync());
        Assert.Equal(segment, body.RootElement.GetProperty("segmentId").GetGuid());
        Assert.True(body.RootElement.GetProperty("final").GetBoolean());

        var snapshot = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal("正在识别的句子。", Assert.Single(snapshot.RecentCaptions).Text);
    }

    [Fact]
    public async Task A_retried_final_is_stored_once_and_answered_with_the_stored_line()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        var segment = Guid.NewGuid();

        using var first = await PostAsync(client, room, token, new { segmentId = segment, text = "只存一次", final = true });
        using var retry = await PostAsync(client, room, token, new { segmentId = segment, text = "只存一次", final = true });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());

        // A partial cannot reopen a finished line.
        using var reopen = await PostAsync(client, room, token, new { segmentId = segment, text = "again", final = false });
        await ProblemAssertions.AssertProblemAsync(reopen, HttpStatusCode.Conflict, "caption.segment_finished");

        var snapshot = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(1, snapshot.TranscriptLength);
        Assert.Null(snapshot.CurrentPartial);
        var transcript = await client.GetStringAsync($"/rooms/{room}/transcript.txt");
        Assert.Single(transcript.Split('\n'), line => line.Contains("只存一次", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "ingest.unauthorized")]
    [InlineData("lfi_wrong-token", "ingest.unauthorized")]
    public async Task A_missing_or_wrong_token_is_refused_and_changes_nothing(string? token, string type)
    {
        var (room, _) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, token, new { text = "intruder", final = true });
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized, type);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await AssertUnchangedAsync(room);
    }

    [Fact]
    public async Task A_token_of_another_room_is_refused()
    {
        var (room, _) = await LiveRoomWithTokenAsync();
        var (_, otherToken) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, otherToken, new { text = "wrong room", final = true });
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "ingest.unauthorized");
        await AssertUnchangedAsync(room);
    }

    public static TheoryData<string, string> InvalidCaptions => new()
    {
        { new string('字', 501), "caption.too_long" },
        { "", "caption.empty" },
        { "   \n\t ", "caption.empty" },
        { "bell \u0007 character", "caption.invalid_characters" },
    };

    [Theory]
    [MemberData(nameof(InvalidCaptions))]
    public async Task Invalid_caption_text_is_refused_with_a_clear_problem_and_changes_nothing(string text, string type)
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, token, new { text, final = true });
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, type);
        await AssertUnchangedAsync(room);
    }

    [Fact]
    public async Task Exactly_500_characters_are_accepted()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, token, new { text = new string('字', 500), final = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_caption_for_an_ended_room_is_a_conflict()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        await fixture.Host.Grains.GetGrain<IRoomGrain>(room).EndRoom();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, token, new { text = "too late", final = true });
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict, "room.ended");
        await AssertUnchangedAsync(room);
    }

    [Fact]
    public async Task A_caption_for_an_unknown_room_is_not_found()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, "no-such-room", "lfi_x", new { text = "hello", final = true });
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound, "room.not_found");
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room}/captions")
        {
            Content = new StringContent("{\"text\": \"unterminated", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(room);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read()
    {
        var (room, token) = await LiveRoomWithTokenAsync();
        using var client = fixture.Host.CreateClient();
        using var response = await PostAsync(client, room, token, new { text = new string('x', 64 * 1024), final = true });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertUnchangedAsync(room);
    }

    private async Task<(string Room, string Token)> LiveRoomWithTokenAsync()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        var token = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).RotateIngestToken();
        return (room, token);
    }

    private async Task AssertUnchangedAsync(string room)
    {
        var snapshot = await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot();
        Assert.Equal(0, snapshot.TranscriptLength);
        Assert.Null(snapshot.CurrentPartial);
        Assert.Empty(snapshot.RecentCaptions);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string room, string? token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room}/captions") { Content = LiveFairTestHost.JsonContent(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
