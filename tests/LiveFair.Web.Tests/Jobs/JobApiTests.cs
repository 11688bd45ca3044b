using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Jobs;

[Collection(JobTestGroup.Name)]
public sealed class JobApiTests(JobsFixture fixture)
{
    [Fact]
    public async Task A_recruiter_drafts_a_job_that_only_members_see_until_it_is_published()
    {
        using var employer = await fixture.EmployerAsync();
        using var seeker = await fixture.SignedInAsync();
        using var anonymous = fixture.Host.CreateClient();

        using var created = await employer.Recruiter.Http.PostAsJsonAsync($"/api/orgs/{employer.Id}/jobs", JobsFixture.Posting());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var job = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = job.GetProperty("jobId").GetString()!;
        Assert.True(JobIds.IsValid(id));
        Assert.Equal($"/api/jobs/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("Draft", job.GetProperty("status").GetString());
        Assert.Equal("HomeBased", job.GetProperty("posting").GetProperty("workMode").GetString());

        foreach (var client in new[] { anonymous, seeker.Http })
        {
            await ProblemAssertions.AssertProblemAsync(await client.GetAsync($"/api/jobs/{id}"), HttpStatusCode.NotFound, "job.not_found");
            Assert.Empty(await client.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs") ?? []);
        }

        Assert.Equal("Draft", (await employer.Admin.Http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("status").GetString());
        Assert.Single(await employer.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs") ?? []);

        using var published = await employer.Recruiter.Http.PostAsync($"/api/jobs/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var seen = await anonymous.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal("Published", seen.GetProperty("status").GetString());
        Assert.Equal(id, Assert.Single(await anonymous.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs") ?? []).GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task Members_list_every_status_and_others_only_published_jobs_newest_first()
    {
        using var employer = await fixture.EmployerAsync();
        using var anonymous = fixture.Host.CreateClient();
        var draft = await JobsFixture.CreateAsync(employer.Admin, employer.Id, JobsFixture.Posting("草稿"));
        var live = await JobsFixture.PublishedAsync(employer.Admin, employer.Id, JobsFixture.Posting("在招"));
        var closed = await JobsFixture.PublishedAsync(employer.Admin, employer.Id, JobsFixture.Posting("已关闭"));
        (await employer.Admin.Http.PostAsync($"/api/jobs/{closed}/close", null)).Dispose();

        var mine = (await employer.Recruiter.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs"))!;
        Assert.Equal([closed, live, draft], mine.Select(j => j.GetProperty("jobId").GetString()));
        var theirs = (await anonymous.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs"))!;
        Assert.Equal([live], theirs.Select(j => j.GetProperty("jobId").GetString()));
        await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync($"/api/jobs/{closed}"), HttpStatusCode.NotFound, "job.not_found");
        Assert.Equal("Closed", (await employer.Recruiter.Http.GetFromJsonAsync<JsonElement>($"/api/jobs/{closed}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Editing_works_in_draft_and_published_and_a_closed_job_stays_closed()
    {
        using var employer = await fixture.EmployerAsync();
        var id = await JobsFixture.CreateAsync(employer.Recruiter, employer.Id);

        using (var edited = await employer.Recruiter.Http.PutAsJsonAsync($"/api/jobs/{id}", JobsFixture.Posting("改过的草稿")))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        var first = await employer.Admin.Http.PostAsync($"/api/jobs/{id}/publish", null);
        var again = await employer.Admin.Http.PostAsync($"/api/jobs/{id}/publish", null);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(
            JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64(),
            JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64());

        using (var editedLive = await employer.Admin.Http.PutAsJsonAsync($"/api/jobs/{id}", JobsFixture.Posting("在招时修改")))
        {
            Assert.Equal(HttpStatusCode.OK, editedLive.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await employer.Recruiter.Http.PostAsync($"/api/jobs/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await employer.Recruiter.Http.PostAsync($"/api/jobs/{id}/close", null)).StatusCode);
        await ProblemAssertions.AssertProblemAsync(await employer.Admin.Http.PostAsync($"/api/jobs/{id}/publish", null), HttpStatusCode.Conflict, "job.closed");
        await ProblemAssertions.AssertProblemAsync(await employer.Admin.Http.PutAsJsonAsync($"/api/jobs/{id}", JobsFixture.Posting("再开")), HttpStatusCode.Conflict, "job.closed");
        var view = await fixture.ViewAsync(id);
        Assert.Equal((JobStatus.Closed, "在招时修改"), (view.Status, view.Posting.Title));
    }

    [Fact]
    public async Task Another_employers_recruiter_a_helper_and_a_seeker_are_refused_and_nothing_changes()
    {
        using var employer = await fixture.EmployerAsync();
        using var other = await fixture.EmployerAsync();
        using var helper = await fixture.SignedInAsync(await fixture.Host.CreateMemberAsync(employer.Id, OrganisationRole.Helper, OrganisationRole.Streamer));
        using var seeker = await fixture.SignedInAsync();
        var draft = await JobsFixture.CreateAsync(employer.Admin, employer.Id);
        var live = await JobsFixture.PublishedAsync(employer.Admin, employer.Id);
        var before = (await fixture.ViewAsync(draft)).Version;

        foreach (var client in new[] { other.Recruiter.Http, other.Admin.Http, helper.Http, seeker.Http })
        {
            await ProblemAssertions.AssertProblemAsync(await client.PostAsJsonAsync($"/api/orgs/{employer.Id}/jobs", JobsFixture.Posting()), HttpStatusCode.Forbidden, "job.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.PutAsJsonAsync($"/api/jobs/{live}", JobsFixture.Posting("Hijacked")), HttpStatusCode.Forbidden, "job.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.PostAsync($"/api/jobs/{live}/close", null), HttpStatusCode.Forbidden, "job.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.PostAsync($"/api/jobs/{draft}/publish", null), HttpStatusCode.Forbidden, "job.forbidden");
        }

        // Other employers' people and seekers do not even see the draft; the helper is a member and does.
        await ProblemAssertions.AssertProblemAsync(await other.Recruiter.Http.GetAsync($"/api/jobs/{draft}"), HttpStatusCode.NotFound, "job.not_found");
        Assert.Equal(HttpStatusCode.OK, (await helper.Http.GetAsync($"/api/jobs/{draft}")).StatusCode);
        Assert.Equal((before, JobStatus.Draft), ((await fixture.ViewAsync(draft)).Version, (await fixture.ViewAsync(draft)).Status));
        Assert.Equal(JobStatus.Published, (await fixture.ViewAsync(live)).Status);
        Assert.Equal(2, (await employer.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs"))!.Length);
    }

    [Fact]
    public async Task Anonymous_callers_are_unauthorised_for_every_change()
    {
        using var employer = await fixture.EmployerAsync();
        var id = await JobsFixture.CreateAsync(employer.Admin, employer.Id);
        using var anonymous = fixture.Host.CreateClient();

        await ProblemAssertions.AssertProblemAsync(await anonymous.PostAsJsonAsync($"/api/orgs/{employer.Id}/jobs", JobsFixture.Posting()), HttpStatusCode.Unauthorized);
        await ProblemAssertions.AssertProblemAsync(await anonymous.PutAsJsonAsync($"/api/jobs/{id}", JobsFixture.Posting()), HttpStatusCode.Unauthorized);
        await ProblemAssertions.AssertProblemAsync(await anonymous.PostAsync($"/api/jobs/{id}/publish", null), HttpStatusCode.Unauthorized);
        await ProblemAssertions.AssertProblemAsync(await anonymous.PostAsync($"/api/jobs/{id}/close", null), HttpStatusCode.Unauthorized);
        Assert.Equal(JobStatus.Draft, (await fixture.ViewAsync(id)).Status);
    }

    [Fact]
    public async Task Only_employers_post_jobs_and_unknown_or_malformed_ids_are_not_found()
    {
        using var workshop = await fixture.EmployerAsync(OrganisationKind.Workshop);
        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.PostAsJsonAsync($"/api/orgs/{workshop.Id}/jobs", JobsFixture.Posting()), HttpStatusCode.Conflict, "job.not_employer");

        using var person = await fixture.SignedInAsync();
        using var anonymous = fixture.Host.CreateClient();
        await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync("/api/orgs/org-ffffffffff/jobs"), HttpStatusCode.NotFound, "organisation.not_found");
        await ProblemAssertions.AssertProblemAsync(await person.Http.GetAsync("/api/orgs/org-ffffffffff/jobs"), HttpStatusCode.NotFound, "organisation.not_found");
        await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync("/api/jobs/job-ffffffffff"), HttpStatusCode.NotFound, "job.not_found");
        foreach (var path in new[] { "/api/jobs/JOB-UPPER", "/api/jobs/%3Cscript%3E", "/api/jobs/job-x", "/api/orgs/ORG-UPPER/jobs" })
        {
            await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync(path), HttpStatusCode.NotFound);
            await ProblemAssertions.AssertProblemAsync(await person.Http.PostAsync(path + "/publish", null), HttpStatusCode.NotFound);
        }
    }

    public static TheoryData<string, object, string> InvalidPostings => new()
    {
        { "no title", new { city = "深圳" }, "title" },
        { "blank title", new { title = "  ", city = "深圳" }, "title" },
        { "long title", new { title = new string('职', JobLimits.Title + 1), city = "深圳" }, "title" },
        { "no city", new { title = "职位" }, "city" },
        { "long city", new { title = "职位", city = new string('城', JobLimits.City + 1) }, "city" },
        { "long description", new { title = "职位", city = "深圳", description = new string('字', JobLimits.Description + 1) }, "description" },
        { "unknown work mode number", new { title = "职位", city = "深圳", workMode = 7 }, "workMode" },
        { "negative salary", new { title = "职位", city = "深圳", salaryMin = -5 }, "salaryMin" },
        { "salary over the limit", new { title = "职位", city = "深圳", salaryMax = JobLimits.MaxSalary + 1 }, "salaryMax" },
        { "min above max", new { title = "职位", city = "深圳", salaryMin = 9000, salaryMax = 3000 }, "salaryMax" },
        { "no headcount", new { title = "职位", city = "深圳", headcount = 0 }, "headcount" },
        { "huge headcount", new { title = "职位", city = "深圳", headcount = JobLimits.MaxHeadcount + 1 }, "headcount" },
        { "training days without training", new { title = "职位", city = "深圳", trainingDays = 3 }, "trainingDays" },
        { "too many training days", new { title = "职位", city = "深圳", trainingOffered = true, trainingDays = 400 }, "trainingDays" },
        { "subsidy over the limit", new { title = "职位", city = "深圳", trainingOffered = true, trainingSubsidy = JobLimits.MaxTrainingSubsidy + 1 }, "trainingSubsidy" },
        { "benefit twice", new { title = "职位", city = "深圳", benefits = new[] { "Meals", "Meals" } }, "benefits" },
        { "unknown category number", new { title = "职位", city = "深圳", suitableCategories = new[] { 42 } }, "suitableCategories" },
        { "accommodation twice", new { title = "职位", city = "深圳", accommodations = new[] { "FlexibleHours", "FlexibleHours" } }, "accommodations" },
    };

    [Theory]
    [MemberData(nameof(InvalidPostings))]
    public async Task An_invalid_posting_is_refused_field_by_field_and_nothing_is_stored(string why, object posting, string field)
    {
        using var employer = await fixture.EmployerAsync();
        using var response = await employer.Recruiter.Http.PostAsJsonAsync($"/api/orgs/{employer.Id}/jobs", posting);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "job.invalid_input");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{why}: {errors}");
        Assert.Empty((await employer.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs"))!);
    }

    [Fact]
    public async Task Control_characters_are_refused_by_the_grain_with_its_code()
    {
        using var employer = await fixture.EmployerAsync();
        using var response = await employer.Recruiter.Http.PostAsJsonAsync($"/api/orgs/{employer.Id}/jobs", JobsFixture.Posting(title: "Clerk\u0007"));
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "job.title.invalid_characters");
    }

    [Fact]
    public async Task Script_in_every_text_field_is_kept_as_text_in_json_and_escaped_on_the_page()
    {
        const string Script = "<script>alert('x')</script>";
        using var employer = await fixture.EmployerAsync();
        var id = await JobsFixture.PublishedAsync(employer.Admin, employer.Id, JobsFixture.Posting(title: "T" + Script, city: "C" + Script, description: "D" + Script));
        using var anonymous = fixture.Host.CreateClient();

        var posting = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("posting");
        Assert.Equal(("T" + Script, "C" + Script, "D" + Script), (posting.GetProperty("title").GetString(), posting.GetProperty("city").GetString(), posting.GetProperty("description").GetString()));

        foreach (var path in new[] { $"/jobs/{id}", $"/orgs/{employer.Id}/jobs", $"/orgs/{employer.Id}/jobs/{id}/edit" })
        {
            var client = path.EndsWith("/edit", StringComparison.Ordinal) ? employer.Admin.Http : anonymous;
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/api/orgs/{org}/jobs", "{ not json" },
        { "POST", "/api/orgs/{org}/jobs", "" },
        { "POST", "/api/orgs/{org}/jobs", "null" },
        { "POST", "/api/orgs/{org}/jobs", "[]" },
        { "POST", "/api/orgs/{org}/jobs", "{\"title\":\"甲\",\"city\":\"广州\",\"workMode\":\"Spaceship\"}" },
        { "POST", "/api/orgs/{org}/jobs", "{\"title\":42,\"city\":\"广州\"}" },
        { "POST", "/api/orgs/{org}/jobs", "{\"title\":\"甲\",\"city\":\"广州\",\"headcount\":\"many\"}" },
        { "POST", "/api/orgs/{org}/jobs", "{\"title\":\"甲\",\"city\":\"广州\",\"benefits\":\"Meals\"}" },
        { "PUT", "/api/jobs/{job}", "{ not json" },
        { "PUT", "/api/jobs/{job}", "{\"title\":\"甲\",\"city\":\"广州\",\"salaryMin\":1e99}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_that_cannot_be_read_is_a_bad_request_with_problem_details(string method, string path, string body)
    {
        using var employer = await fixture.EmployerAsync();
        var job = await JobsFixture.CreateAsync(employer.Admin, employer.Id);
        var before = (await fixture.ViewAsync(job)).Version;
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{org}", employer.Id, StringComparison.Ordinal).Replace("{job}", job, StringComparison.Ordinal))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await employer.Admin.Http.SendAsync(request);
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, (await fixture.ViewAsync(job)).Version);
        Assert.Single((await employer.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{employer.Id}/jobs"))!);
    }
}
