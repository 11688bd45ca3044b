using System.Net;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

/// <summary>Bodies that cannot be read and ids that cannot be ids: problem details, and nothing changes.</summary>
[Collection(FairTestGroup.Name)]
public sealed class FairRequestShapeTests(FairsFixture fixture)
{
    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/api/fairs", "{ not json" },
        { "POST", "/api/fairs", "" },
        { "POST", "/api/fairs", "[]" },
        { "POST", "/api/fairs", "{\"hostOrganisationId\":\"{host}\",\"title\":42}" },
        { "POST", "/api/fairs", "{\"hostOrganisationId\":\"{host}\",\"title\":\"会\",\"scheduledStart\":\"tomorrow\"}" },
        { "POST", "/api/fairs/{room}/invitations", "{ not json" },
        { "POST", "/api/fairs/{room}/invitations", "{\"employerId\":[]}" },
        { "POST", "/api/fairs/{room}/invitations/{employer}/accept", "{\"jobIds\":\"job-1\"}" },
        { "POST", "/api/fairs/{room}/invitations/{employer}/accept", "{ not json" },
        { "PUT", "/api/fairs/{room}/pin", "{ not json" },
        { "PUT", "/api/fairs/{room}/pin", "{\"kind\":5,\"employerId\":\"{employer}\"}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_that_cannot_be_read_is_a_bad_request_with_problem_details(string method, string path, string body)
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer, OrganisationRole.Admin);
        var roomId = await FairsFixture.CreateFairAsync(streamer, host.Id);
        await fixture.Host.Grains.GetGrain<Contracts.Fairs.IFairGrain>(roomId).InviteEmployer(host.Admin.Person.Id, employer.Id);
        var before = JsonSerializer.Serialize(await fixture.Host.Grains.GetGrain<Contracts.Fairs.IFairGrain>(roomId).GetView());
        var client = path.Contains("accept", StringComparison.Ordinal) ? employer.Admin.Http : streamer.Http;
        string Fill(string text) => text.Replace("{host}", host.Id, StringComparison.Ordinal).Replace("{room}", roomId, StringComparison.Ordinal).Replace("{employer}", employer.Id, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path)) { Content = new StringContent(Fill(body), Encoding.UTF8, "application/json") };

        using var response = await client.SendAsync(request);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, JsonSerializer.Serialize(await fixture.Host.Grains.GetGrain<Contracts.Fairs.IFairGrain>(roomId).GetView()));
    }

    public static TheoryData<string, string> MalformedIds => new()
    {
        { "GET", "/api/fairs/FAIR-UPPER" },
        { "GET", "/api/fairs/%3Cscript%3E" },
        { "POST", "/api/fairs/a/invitations" },
        { "DELETE", "/api/fairs/fair-0123456789/invitations/ORG-UPPER" },
        { "POST", "/api/fairs/fair-0123456789/invitations/org_x/accept" },
        { "POST", "/api/fairs/fair-0123456789/invitations/-org/decline" },
        { "PUT", "/api/fairs/FAIR/pin" },
        { "GET", "/api/fairs/fair_x/report" },
        { "GET", "/api/fairs/fair_x/report.csv" },
        { "GET", "/api/orgs/ORG-UPPER/fair-invitations" },
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_malformed_id_is_not_found(string method, string path)
    {
        var person = await fixture.SignedInAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await person.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string[]> Operations => new()
    {
        { "/api/fairs", "post", ["201", "400", "401", "403", "404"] },
        { "/api/fairs/{roomId}", "get", ["200", "404"] },
        { "/api/fairs/{roomId}/invitations", "post", ["200", "400", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/invitations/{employerId}", "delete", ["204", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/invitations/{employerId}/accept", "post", ["200", "400", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/invitations/{employerId}/decline", "post", ["204", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/pin", "put", ["200", "400", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/pin", "delete", ["204", "401", "403", "404", "409"] },
        { "/api/fairs/{roomId}/report", "get", ["200", "401", "403", "404"] },
        { "/api/fairs/{roomId}/report.csv", "get", ["200", "401", "403", "404"] },
        { "/api/orgs/{orgId}/fair-invitations", "get", ["200", "401", "403", "404"] },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task OpenApi_describes_each_fair_endpoint_with_a_name_a_summary_and_its_errors(string path, string method, string[] statuses)
    {
        using var client = fixture.Host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
        Assert.Contains(operation.GetProperty("tags").EnumerateArray(), tag => tag.GetString() == "Fairs");
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses)
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not describe {status}");
        }
    }
}
