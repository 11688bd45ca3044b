using System.Net;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class SecurityHeaderTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/api/rooms", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/room-client.js", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/rooms/no-such-room", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Every_kind_of_answer_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssertions.AssertPresent(response);
    }
}
