using System.Net;
using System.Net.WebSockets;
using LiveFair.Contracts.Rooms;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class HubOriginTests(SecurityHostFixture fixture) : IClassFixture<SecurityHostFixture>
{
    private string OwnOrigin => fixture.Host.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1.evil.example")]
    public async Task A_WebSocket_from_a_foreign_page_is_refused_before_it_opens(string origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", origin);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(HubSocketUri(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        Assert.NotEqual(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_WebSocket_from_another_port_of_the_same_host_is_refused()
    {
        var otherPort = new UriBuilder(fixture.Host.BaseAddress) { Port = fixture.Host.BaseAddress.Port + 1 }.Uri.GetLeftPart(UriPartial.Authority);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", otherPort);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(HubSocketUri(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Negotiate_from_a_foreign_page_answers_problem_details()
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, LiveFairTestHost.RoomHubPath + "/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await client.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "security.origin_not_allowed");
    }

    [Fact]
    public async Task The_sites_own_pages_connect()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", OwnOrigin);
        await socket.ConnectAsync(HubSocketUri(), CancellationToken.None);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, LiveFairTestHost.RoomHubPath + "/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", OwnOrigin);
        using var negotiate = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
    }

    [Fact]
    public async Task A_configured_origin_connects()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", SecurityHostFixture.PartnerOrigin);
        await socket.ConnectAsync(HubSocketUri(), CancellationToken.None);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_client_that_sends_no_origin_is_not_a_browser_and_connects()
    {
        var room = await fixture.Host.CreateRoomAsync();
        await using var viewer = await fixture.Host.ConnectAsync();
        var joined = await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", room, null);
        Assert.NotNull(joined.Snapshot);
    }

    private Uri HubSocketUri() => new UriBuilder(new Uri(fixture.Host.BaseAddress, LiveFairTestHost.RoomHubPath)) { Scheme = "ws" }.Uri;
}
