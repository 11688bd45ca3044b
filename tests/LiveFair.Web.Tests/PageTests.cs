using System.Net;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class PageTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Script_in_captions_and_titles_is_rendered_as_text()
    {
        var host = fixture.Host;
        var room = await host.CreateRoomAsync(WebHostFixture.OrgA);
        var grain = host.Grains.GetGrain<IRoomGrain>(room);
        var snapshot = await grain.GetSnapshot();
        await grain.Schedule(snapshot.Details with { Title = "<script>alert('title')</script>招聘会" });
        await grain.PublishCaption(new CaptionInput { Text = "<img src=x onerror=alert(1)>", Speaker = "<b>主持人</b>", IsFinal = true });

        using var client = host.CreateClient();
        var roomPage = await client.GetStringAsync($"/rooms/{room}");
        Assert.DoesNotContain("<script>alert", roomPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", roomPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>主持人", roomPage, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", roomPage, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", roomPage, StringComparison.Ordinal);

        var lobby = await client.GetStringAsync("/");
        Assert.DoesNotContain("<script>alert", lobby, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", lobby, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_send_security_headers_with_a_policy_that_allows_no_inline_script()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());

        // No page may carry inline script, or the policy would break it.
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*(src=|type=\"application/json\"))", html);
    }

    [Fact]
    public async Task Chinese_is_the_default_and_English_is_available()
    {
        using var client = fixture.Host.CreateClient();
        var chinese = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", chinese, StringComparison.Ordinal);
        Assert.Contains("直播大厅", chinese, StringComparison.Ordinal);

        var english = await client.GetStringAsync("/?culture=en");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Lobby", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_room_page_is_not_found()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/rooms/no-such-room");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("找不到页面", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var english = await client.GetAsync("/rooms/no-such-room?culture=en");
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("Page not found", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var transcript = await client.GetAsync("/rooms/no-such-room/transcript.vtt");
        Assert.Equal(HttpStatusCode.NotFound, transcript.StatusCode);

        // API clients get problem details, not a page.
        using var api = await client.GetAsync("/api/no-such-endpoint");
        await ProblemAssertions.AssertProblemAsync(api, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_console_asks_anonymous_people_to_sign_in_and_refuses_other_organisations()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);

        using var anonymous = fixture.Host.CreateClient();
        using var redirect = await anonymous.GetAsync($"/rooms/{room}/console");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var outsider = fixture.Host.CreateClient(fixture.CaptionerB);
        using var refused = await outsider.GetAsync($"/rooms/{room}/console");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var captioner = fixture.Host.CreateClient(fixture.CaptionerA);
        using var console = await captioner.GetAsync($"/rooms/{room}/console");
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task The_console_issues_an_ingest_token_that_works_once_rotated()
    {
        var room = await fixture.Host.CreateRoomAsync(WebHostFixture.OrgA);
        using var captioner = fixture.Host.CreateClient(fixture.CaptionerA);
        var page = await captioner.GetStringAsync($"/rooms/{room}/console");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(antiforgery);

        using var forged = await captioner.PostAsync($"/rooms/{room}/console?handler=RotateToken", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var rotated = await captioner.PostAsync($"/rooms/{room}/console?handler=RotateToken", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        var html = await rotated.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "id=\"new-token\"[^>]*value=\"(lfi_[^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("lfi_", token, StringComparison.Ordinal);
        Assert.True(await fixture.Host.Grains.GetGrain<IRoomGrain>(room).IsIngestTokenValid(token));
    }
}
