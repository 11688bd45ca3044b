using System.Text.Json;
using Xunit;

namespace LiveFair.Web.Tests.Jobs;

[Collection(JobTestGroup.Name)]
public sealed class JobOpenApiTests(JobsFixture fixture)
{
    public static TheoryData<string, string, string[]> Operations => new()
    {
        { "/api/orgs/{orgId}/jobs", "get", ["200", "404"] },
        { "/api/orgs/{orgId}/jobs", "post", ["201", "400", "401", "403", "404", "409"] },
        { "/api/jobs/{jobId}", "get", ["200", "404"] },
        { "/api/jobs/{jobId}", "put", ["200", "400", "401", "403", "404", "409"] },
        { "/api/jobs/{jobId}/publish", "post", ["200", "401", "403", "404", "409"] },
        { "/api/jobs/{jobId}/close", "post", ["200", "401", "403", "404"] },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task OpenApi_describes_each_job_endpoint_with_a_summary_and_its_errors(string path, string method, string[] statuses)
    {
        using var client = fixture.Host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses)
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not describe {status}");
        }
    }
}
