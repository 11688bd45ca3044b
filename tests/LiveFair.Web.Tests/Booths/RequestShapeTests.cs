using System.Net;
using System.Text;
using System.Text.Json;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

/// <summary>What the booth API answers before any booth decides anything: sign-in, ids, bodies, and its description.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class RequestShapeTests(BoothsFixture fixture)
{
    private const string App = "app-00000000deadbeef";

    public static TheoryData<string, string> SignedInRoutes => new()
    {
        { "PUT", "{booth}/setup" },
        { "PUT", "{booth}/settings" },
        { "PUT", "{booth}/status" },
        { "POST", "{booth}/applications" },
        { "GET", "{booth}/place" },
        { "DELETE", "{booth}/place" },
        { "POST", "{booth}/answer" },
        { "POST", "{booth}/call-next" },
        { "GET", "{booth}/console" },
        { "GET", "{booth}/applications/" + App + "/applicant" },
        { "PUT", "{booth}/applications/" + App + "/outcome" },
        { "GET", "{booth}/interviews/" + App },
        { "POST", "{booth}/interviews/" + App + "/messages" },
        { "PUT", "{booth}/interviews/" + App + "/video-link" },
        { "POST", "{booth}/interviews/" + App + "/end" },
        { "GET", "/api/me/applications" },
        { "GET", "/api/me/applications/" + App },
    };

    [Theory]
    [MemberData(nameof(SignedInRoutes))]
    public async Task Anonymous_callers_are_unauthorized_with_problem_details(string method, string path)
    {
        var booth = await fixture.NewBoothAsync();
        var before = JsonSerializer.Serialize(await fixture.BoothGrain(booth).GetView());
        using var anonymous = fixture.Anonymous();
        using var request = Request(method, path.Replace("{booth}", booth.Path, StringComparison.Ordinal), "{\"status\":\"Closed\",\"jobId\":\"" + fixture.PublishedJobIds[0] + "\"}");
        using var response = await anonymous.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(before, JsonSerializer.Serialize(await fixture.BoothGrain(booth).GetView()));
    }

    [Theory]
    [InlineData("GET", "{booth}")]
    [InlineData("GET", "/api/fairs/{room}/jobs")]
    public async Task Public_routes_answer_anonymous_callers(string method, string path)
    {
        var booth = await fixture.NewBoothAsync();
        using var anonymous = fixture.Anonymous();
        using var request = Request(method, path.Replace("{booth}", booth.Path, StringComparison.Ordinal).Replace("{room}", booth.RoomId, StringComparison.Ordinal), null);
        using var response = await anonymous.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string> MalformedIds => new()
    {
        { "GET", "/api/fairs/ROOM-UPPER/booths/{employer}" },
        { "GET", "/api/fairs/{room}/booths/ORG_BAD" },
        { "GET", "/api/fairs/%3Cscript%3E/booths/{employer}" },
        { "POST", "/api/fairs/{room}/booths/x/applications" },
        { "GET", "/api/fairs/{room}/booths/{employer}/interviews/APP-1" },
        { "GET", "/api/fairs/{room}/booths/{employer}/interviews/app-%3Cb%3E" },
        { "PUT", "/api/fairs/{room}/booths/{employer}/applications/job-123/outcome" },
        { "GET", "/api/fairs/{room}/booths/{employer}/applications/not-an-app/applicant" },
        { "GET", "/api/me/applications/nope" },
        { "GET", "/api/fairs/ROOM-UPPER/jobs" },
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_malformed_id_is_not_found(string method, string path)
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var request = Request(method, path.Replace("{room}", booth.RoomId, StringComparison.Ordinal).Replace("{employer}", booth.EmployerId, StringComparison.Ordinal), "{}");
        using var response = await recruiter.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_well_formed_booth_that_was_never_created_is_not_found()
    {
        var booth = await fixture.NewBoothAsync();
        using var anonymous = fixture.Anonymous();
        using var response = await anonymous.GetAsync($"/api/fairs/{booth.RoomId}/booths/org-nobooth-here");
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "PUT", "{booth}/setup", "{ not json" },
        { "PUT", "{booth}/setup", "{\"jobIds\":\"job-1\"}" },
        { "PUT", "{booth}/settings", "{\"capacity\":\"many\"}" },
        { "PUT", "{booth}/settings", "{\"answerTime\":\"soon\"}" },
        { "PUT", "{booth}/status", "{\"status\":\"Sleeping\"}" },
        { "PUT", "{booth}/status", "" },
        { "POST", "{booth}/applications", "{ not json" },
        { "POST", "{booth}/applications", "null" },
        { "POST", "{booth}/applications", "[]" },
        { "POST", "{booth}/applications", "{\"jobId\":42}" },
        { "POST", "{booth}/applications", "{\"jobId\":\"job-abc\",\"shareDisability\":\"yes\"}" },
        { "POST", "{booth}/interviews/{app}/messages", "{ not json" },
        { "POST", "{booth}/interviews/{app}/messages", "{\"text\":[\"a\"]}" },
        { "PUT", "{booth}/interviews/{app}/video-link", "{\"url\":{}}" },
        { "PUT", "{booth}/applications/{app}/outcome", "{\"outcome\":\"Hired\"}" },
        { "PUT", "{booth}/applications/{app}/outcome", "{ not json" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_that_cannot_be_read_is_a_bad_request_with_problem_details(string method, string path, string body)
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        var id = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId!;
        var before = JsonSerializer.Serialize(await fixture.BoothGrain(booth).GetConsole(fixture.EmployerAdmin.Id));
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        var caller = path.Contains("/applications", StringComparison.Ordinal) && method == "POST" ? applicant : recruiter;
        using var request = Request(method, path.Replace("{booth}", booth.Path, StringComparison.Ordinal).Replace("{app}", id, StringComparison.Ordinal), body);
        using var response = await caller.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, JsonSerializer.Serialize(await fixture.BoothGrain(booth).GetConsole(fixture.EmployerAdmin.Id)));
    }

    public static TheoryData<string, string> Operations => new()
    {
        { "/api/fairs/{roomId}/booths/{employerId}", "get" },
        { "/api/fairs/{roomId}/booths/{employerId}/setup", "put" },
        { "/api/fairs/{roomId}/booths/{employerId}/settings", "put" },
        { "/api/fairs/{roomId}/booths/{employerId}/status", "put" },
        { "/api/fairs/{roomId}/booths/{employerId}/applications", "post" },
        { "/api/fairs/{roomId}/booths/{employerId}/place", "get" },
        { "/api/fairs/{roomId}/booths/{employerId}/place", "delete" },
        { "/api/fairs/{roomId}/booths/{employerId}/answer", "post" },
        { "/api/fairs/{roomId}/booths/{employerId}/call-next", "post" },
        { "/api/fairs/{roomId}/booths/{employerId}/console", "get" },
        { "/api/fairs/{roomId}/booths/{employerId}/applications/{applicationId}/applicant", "get" },
        { "/api/fairs/{roomId}/booths/{employerId}/applications/{applicationId}/outcome", "put" },
        { "/api/fairs/{roomId}/booths/{employerId}/interviews/{applicationId}", "get" },
        { "/api/fairs/{roomId}/booths/{employerId}/interviews/{applicationId}/messages", "post" },
        { "/api/fairs/{roomId}/booths/{employerId}/interviews/{applicationId}/video-link", "put" },
        { "/api/fairs/{roomId}/booths/{employerId}/interviews/{applicationId}/end", "post" },
        { "/api/fairs/{roomId}/jobs", "get" },
        { "/api/fairs/{roomId}/recommendations", "get" },
        { "/api/me/applications", "get" },
        { "/api/me/applications/{applicationId}", "get" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task OpenApi_describes_each_booth_route_with_a_summary_and_problem_responses(string path, string method)
    {
        using var anonymous = fixture.Anonymous();
        using var document = JsonDocument.Parse(await anonymous.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not described");
        var operation = item.GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
        var responses = operation.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _) || responses.TryGetProperty("201", out _), $"{method} {path} has no success response");
        Assert.Contains(responses.EnumerateObject(), response => response.Name.StartsWith('4'));
        if (path.StartsWith("/api/me", StringComparison.Ordinal) || (path.Contains("/booths/", StringComparison.Ordinal) && !(path.EndsWith("{employerId}", StringComparison.Ordinal) && method == "get")))
        {
            Assert.True(responses.TryGetProperty("401", out _), $"{method} {path} does not describe 401");
        }
    }

    private static HttpRequestMessage Request(string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null && method is "POST" or "PUT")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
