using System.Net;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;
using LiveFair.Silo.Jobs;
using Microsoft.Extensions.DependencyInjection;
using LiveFair.Web.Tests.Organisations;
using Xunit;

namespace LiveFair.Web.Tests.Jobs;

[Collection(JobTestGroup.Name)]
public sealed class JobPageTests(JobsFixture fixture)
{
    [Fact]
    public async Task A_recruiter_drafts_with_the_form_publishes_from_the_list_and_everyone_reads_the_job_page()
    {
        using var employer = await fixture.EmployerAsync();
        var http = employer.Recruiter.Http;
        var form = $"/orgs/{employer.Id}/jobs/new";
        using var created = await PageForms.PostAsync(http, form, form,
            ("Input.Title", "客服专员"), ("Input.Description", "在线回复\n文字咨询"), ("Input.City", "广州"), ("Input.WorkMode", "Remote"),
            ("Input.SalaryMin", "5000"), ("Input.SalaryMax", ""), ("Input.Headcount", "2"),
            ("Input.Benefits", "Housing"), ("Input.TrainingOffered", "true"), ("Input.TrainingDays", "5"), ("Input.TrainingSubsidy", ""),
            ("Input.SuitableCategories", "Speech"), ("Input.Accommodations", "AssistiveSoftware"), ("Input.Accommodations", "SignLanguageColleague"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/orgs/{employer.Id}/jobs", created.Headers.Location!.OriginalString);
        var list = await http.GetStringAsync($"/orgs/{employer.Id}/jobs");
        Assert.Contains("“客服专员”已保存。", list, StringComparison.Ordinal);
        var jobId = System.Text.RegularExpressions.Regex.Match(list, "href=\"/jobs/(job-[0-9a-f]{10})\"").Groups[1].Value;
        var job = await fixture.ViewAsync(jobId);
        Assert.Equal((JobStatus.Draft, WorkMode.Remote, 5000, (int?)null, 2), (job.Status, job.Posting.WorkMode, job.Posting.SalaryMin!.Value, job.Posting.SalaryMax, job.Posting.Headcount));
        Assert.Equal([JobAccommodation.AssistiveSoftware, JobAccommodation.SignLanguageColleague], job.Posting.Accommodations);
        Assert.Equal([DisabilityCategory.Speech], job.Posting.SuitableCategories);
        Assert.Equal("在线回复\n文字咨询", job.Posting.Description);

        using var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/jobs/{jobId}")).StatusCode);
        Assert.Contains("这是草稿", await http.GetStringAsync($"/jobs/{jobId}"), StringComparison.Ordinal);

        var listPage = $"/orgs/{employer.Id}/jobs";
        using var published = await PageForms.PostAsync(http, listPage, listPage + "?handler=Publish", ("jobId", jobId));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(JobStatus.Published, (await fixture.ViewAsync(jobId)).Status);

        var page = await anonymous.GetStringAsync($"/jobs/{jobId}");
        foreach (var text in new[] { "客服专员", "广州", "远程办公", "5000 元起", "包住", "提供、5 天", "言语残疾", "提供辅助软件", "有会手语的同事", "用人单位没有填写工作场所无障碍信息" })
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_form_shows_every_problem_in_the_summary_tied_to_its_field_and_stores_nothing()
    {
        using var employer = await fixture.EmployerAsync();
        var form = $"/orgs/{employer.Id}/jobs/new";
        using var response = await PageForms.PostAsync(employer.Admin.Http, form, form,
            ("Input.Title", ""), ("Input.City", new string('城', JobLimits.City + 1)), ("Input.SalaryMin", "abc"), ("Input.SalaryMax", "100"), ("Input.Headcount", "0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\" tabindex=\"-1\" data-autofocus", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#title\">请填写岗位名称。</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#city\">城市最多 40 个字。</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#salaryMin\">请填写整数，例如 5000。</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#headcount\">", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"title\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"title-hint title-error\"", html);
        Assert.Matches("<input id=\"salaryMin\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("<legend>", html, StringComparison.Ordinal);
        Assert.Empty(await fixture.Host.Services.GetRequiredService<JobCatalog>().ListByOrganisationAsync(employer.Id));
    }

    [Fact]
    public async Task Seekers_and_other_employers_may_not_open_the_forms_and_anonymous_visitors_are_sent_to_sign_in()
    {
        using var employer = await fixture.EmployerAsync();
        using var other = await fixture.EmployerAsync();
        using var seeker = await fixture.SignedInAsync();
        var jobId = await JobsFixture.CreateAsync(employer.Admin, employer.Id);

        foreach (var client in new[] { seeker.Http, other.Recruiter.Http })
        {
            using var refused = await client.GetAsync($"/orgs/{employer.Id}/jobs/new");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/orgs/{employer.Id}/jobs/{jobId}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{jobId}")).StatusCode);
            Assert.DoesNotContain("handler=Publish", await client.GetStringAsync($"/orgs/{employer.Id}/jobs"), StringComparison.Ordinal);
        }

        // Another employer's recruiter cannot reach this employer's job through their own organisation's address.
        Assert.Equal(HttpStatusCode.NotFound, (await other.Recruiter.Http.GetAsync($"/orgs/{other.Id}/jobs/{jobId}/edit")).StatusCode);

        using var anonymous = fixture.Host.CreateClient();
        foreach (var path in new[] { $"/orgs/{employer.Id}/jobs/new", $"/orgs/{employer.Id}/jobs/{jobId}/edit" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_manage_page_links_to_the_job_list_and_pages_speak_english_when_asked()
    {
        using var employer = await fixture.EmployerAsync();
        Assert.Contains($"href=\"/orgs/{employer.Id}/jobs\"", await employer.Admin.Http.GetStringAsync($"/orgs/{employer.Id}/manage"), StringComparison.Ordinal);

        var html = await employer.Admin.Http.GetStringAsync($"/orgs/{employer.Id}/jobs/new?culture=en");
        Assert.Contains("Post a new job", html, StringComparison.Ordinal);
        Assert.Contains("Accommodations offered (optional)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_or_malformed_jobs_show_the_not_found_page()
    {
        using var employer = await fixture.EmployerAsync();
        foreach (var path in new[] { "/jobs/job-ffffffffff", "/jobs/JOB-1", $"/orgs/{employer.Id}/jobs/job-ffffffffff/edit", "/orgs/org-ffffffffff/jobs" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await employer.Admin.Http.GetAsync(path)).StatusCode);
        }
    }
}
