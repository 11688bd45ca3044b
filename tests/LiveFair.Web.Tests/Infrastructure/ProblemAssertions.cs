using System.Net;
using System.Text.Json;
using Xunit;

namespace LiveFair.Web.Tests.Infrastructure;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 7807 answer with the given status and problem type, and no stack trace.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        if (type is not null)
        {
            Assert.Equal(type, document.RootElement.GetProperty("type").GetString());
        }

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
