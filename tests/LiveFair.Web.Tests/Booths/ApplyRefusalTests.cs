using System.Net;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Web.Booths;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

/// <summary>Applying where one may not: every refusal is a problem with a clear code, and the queue is as it was.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class ApplyRefusalTests(BoothsFixture fixture)
{
    [Fact]
    public async Task Applying_twice_is_refused_whether_for_the_same_job_or_another_while_waiting()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        var first = await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0]);

        foreach (var jobId in fixture.PublishedJobIds)
        {
            using var again = await applicant.PostAsync(booth.Path + "/applications", new { jobId });
            await ProblemAssertions.AssertProblemAsync(again, HttpStatusCode.Conflict, "booth.already_queued");
        }

        var place = await applicant.GetJsonAsync<QueuePlace>(booth.Path + "/place");
        Assert.Equal(first.ApplicationId, place.ApplicationId);
        Assert.Equal(1, (await fixture.BoothGrain(booth).GetView()).Waiting);
        Assert.Single(await applicant.GetJsonAsync<List<ApplicationView>>("/api/me/applications"));
    }

    [Fact]
    public async Task Applying_again_to_a_job_after_leaving_is_refused()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0]);
        using var left = await applicant.DeleteAsync(booth.Path + "/place");
        Assert.Equal(QueueState.None, (await Caller.ReadAsync<QueuePlace>(left, HttpStatusCode.OK)).State);

        using var again = await applicant.PostAsync(booth.Path + "/applications", new { jobId = fixture.PublishedJobIds[0] });
        await ProblemAssertions.AssertProblemAsync(again, HttpStatusCode.Conflict, "booth.already_applied");
        Assert.Equal(0, (await fixture.BoothGrain(booth).GetView()).Waiting);
    }

    [Theory]
    [InlineData("Paused")]
    [InlineData("Closed")]
    public async Task A_paused_or_closed_booth_takes_no_applicants_but_keeps_the_people_already_waiting(string status)
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var waiting = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(waiting, booth, fixture.PublishedJobIds[0]);

        using var changed = await recruiter.PutAsync(booth.Path + "/status", new { status });
        Assert.Equal(status, (await Caller.ReadAsync<BoothView>(changed, HttpStatusCode.OK)).Status.ToString());

        using var late = await fixture.ApplicantAsync();
        using var refused = await late.PostAsync(booth.Path + "/applications", new { jobId = fixture.PublishedJobIds[0] });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "booth." + status.ToLowerInvariant());
        Assert.Equal(QueueState.None, (await late.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
        Assert.Empty(await late.GetJsonAsync<List<ApplicationView>>("/api/me/applications"));

        // The person already waiting is still called.
        using var called = await recruiter.PostAsync(booth.Path + "/call-next");
        Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        Assert.Equal(QueueState.Called, (await waiting.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
    }

    [Fact]
    public async Task A_reopened_booth_takes_applicants_again()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var paused = await recruiter.PutAsync(booth.Path + "/status", new { status = "Paused" });
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        using var reopened = await recruiter.PutAsync(booth.Path + "/status", new { status = "Open" });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);

        using var applicant = await fixture.ApplicantAsync();
        Assert.Equal(QueueState.Waiting, (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).State);
    }

    [Fact]
    public async Task A_draft_job_and_a_job_closed_after_the_booth_opened_cannot_be_applied_to()
    {
        var closing = await fixture.CreateJobAsync("即将关闭的岗位", publish: true);
        var booth = await fixture.NewBoothAsync([fixture.PublishedJobIds[0], closing]);
        await fixture.Host.Grains.GetGrain<IJobGrain>(closing).Close(fixture.EmployerAdmin.Id);
        using var applicant = await fixture.ApplicantAsync();

        foreach (var (jobId, status, type) in new[]
        {
            (fixture.DraftJobId, HttpStatusCode.NotFound, "booth.job_not_found"),
            (closing, HttpStatusCode.Conflict, "booth.job_not_published"),
            (JobIds.New(), HttpStatusCode.NotFound, "booth.job_not_found"),
        })
        {
            using var refused = await applicant.PostAsync(booth.Path + "/applications", new { jobId });
            await ProblemAssertions.AssertProblemAsync(refused, status, type);
        }

        Assert.Equal(0, (await fixture.BoothGrain(booth).GetView()).Waiting);
        Assert.Empty(await applicant.GetJsonAsync<List<ApplicationView>>("/api/me/applications"));

        // The closed job is not offered at the booth any more either.
        var details = await applicant.GetJsonAsync<BoothDetails>(booth.Path);
        Assert.Equal([fixture.PublishedJobIds[0]], details.Jobs.Select(job => job.JobId));
    }

    [Fact]
    public async Task A_full_queue_refuses_the_next_applicant_with_a_clear_code()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var settings = await recruiter.PutAsync(booth.Path + "/settings", new { capacity = 1 });
        var view = await Caller.ReadAsync<BoothView>(settings, HttpStatusCode.OK);
        Assert.Equal(1, view.Settings.Capacity);
        Assert.Equal(new BoothSettings().AnswerTime, view.Settings.AnswerTime);

        using var first = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(first, booth, fixture.PublishedJobIds[0]);
        using var second = await fixture.ApplicantAsync();
        using var refused = await second.PostAsync(booth.Path + "/applications", new { jobId = fixture.PublishedJobIds[0] });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "booth.full");
        Assert.True((await fixture.BoothGrain(booth).GetView()).IsFull);
        Assert.Equal(QueueState.None, (await second.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
    }

    [Fact]
    public async Task A_missing_or_malformed_job_id_is_a_validation_problem()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        foreach (var body in new object[] { new { }, new { jobId = "" }, new { jobId = "<script>" } })
        {
            using var refused = await applicant.PostAsync(booth.Path + "/applications", body);
            await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "booth.invalid_input");
        }
    }

    [Fact]
    public async Task Applying_at_a_booth_that_does_not_exist_is_not_found()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync();
        using var refused = await applicant.PostAsync($"/api/fairs/{booth.RoomId}/booths/{fixture.OtherEmployerId}/applications", new { jobId = fixture.PublishedJobIds[0] });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.NotFound);
    }
}
