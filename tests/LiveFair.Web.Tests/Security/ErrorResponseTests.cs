using System.Net;
using System.Net.Http.Headers;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class ErrorResponseTests(ProductionHostFixture fixture) : IClassFixture<ProductionHostFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task An_unhandled_exception_in_an_API_answers_problem_details_without_its_details(string? accept)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, FaultEndpoints.ApiPath);
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        using var response = await client.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        AssertNoDetails(await response.Content.ReadAsStringAsync());
        SecurityHeaderAssertions.AssertPresent(response);
    }

    [Fact]
    public async Task A_refused_command_names_the_path_that_was_asked_for_not_the_error_page()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/api/orgs/org-nobody-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/api/orgs/org-nobody-here", problem.RootElement.GetProperty("instance").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "出错了")]
    [InlineData("en", "Something went wrong")]
    public async Task An_unhandled_exception_behind_a_page_shows_the_error_page_without_its_details(string culture, string title)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{FaultEndpoints.PagePath}?culture={culture}");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, body, StringComparison.Ordinal);
        AssertNoDetails(body);
        SecurityHeaderAssertions.AssertPresent(response);
    }

    private static void AssertNoDetails(string body)
    {
        Assert.DoesNotContain(FaultEndpoints.SecretDetail, body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }
}
