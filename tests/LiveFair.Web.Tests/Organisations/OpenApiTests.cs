using System.Text.Json;
using Xunit;

namespace LiveFair.Web.Tests.Organisations;

[Collection(OrganisationTestGroup.Name)]
public sealed class OpenApiTests(OrganisationsFixture fixture)
{
    public static TheoryData<string, string, string[]> Operations => new()
    {
        { "/api/orgs", "get", ["200", "400"] },
        { "/api/orgs", "post", ["201", "400", "401"] },
        { "/api/orgs/{id}", "get", ["200", "404"] },
        { "/api/orgs/{id}", "put", ["200", "400", "401", "403", "404"] },
        { "/api/orgs/{id}/members", "get", ["200", "401", "403", "404"] },
        { "/api/orgs/{id}/members/{personId}/roles", "put", ["200", "400", "401", "403", "404", "409"] },
        { "/api/orgs/{id}/members/{personId}", "delete", ["204", "401", "403", "404", "409"] },
        { "/api/orgs/{id}/invitations", "post", ["201", "400", "401", "403", "404", "409"] },
        { "/api/orgs/{id}/invitations", "get", ["200", "401", "403", "404"] },
        { "/api/orgs/{id}/invitations/{invitationId}", "delete", ["204", "401", "403", "404"] },
        { "/api/orgs/{id}/join", "post", ["200", "400", "401", "403", "404", "409"] },
        { "/api/admin/orgs/{id}/verification", "post", ["200", "400", "401", "403", "404"] },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task OpenApi_describes_each_organisation_endpoint_with_a_summary_and_its_errors(string path, string method, string[] statuses)
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
