using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

[Collection(BoothTestGroup.Name)]
public sealed class RecruiterTests(BoothsFixture fixture)
{
    [Fact]
    public async Task Calling_next_on_an_empty_queue_is_a_conflict_saying_so()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var response = await recruiter.PostAsync(booth.Path + "/call-next");
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict, "booth.queue_empty");
    }

    [Fact]
    public async Task Two_recruiters_calling_next_at_the_same_moment_get_different_applicants()
    {
        var booth = await fixture.NewBoothAsync();
        using var first = await fixture.ApplicantAsync();
        using var second = await fixture.ApplicantAsync();
        var applied = new[]
        {
            (await BoothsFixture.ApplyAsync(first, booth, fixture.PublishedJobIds[0])).ApplicationId,
            (await BoothsFixture.ApplyAsync(second, booth, fixture.PublishedJobIds[1])).ApplicationId,
        };
        using var recruiterA = await fixture.SignInAsync(fixture.Recruiter);
        using var recruiterB = await fixture.SignInAsync(fixture.SecondRecruiter);

        var responses = await Task.WhenAll(recruiterA.PostAsync(booth.Path + "/call-next"), recruiterB.PostAsync(booth.Path + "/call-next"));
        var calls = new List<BoothCall>();
        foreach (var response in responses)
        {
            using (response)
            {
                calls.Add(await Caller.ReadAsync<BoothCall>(response, HttpStatusCode.OK));
            }
        }

        Assert.NotEqual(calls[0].ApplicationId, calls[1].ApplicationId);
        Assert.Equal(applied.Order(), calls.Select(call => call.ApplicationId).Order());
        Assert.Equal(QueueState.Called, (await first.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
        Assert.Equal(QueueState.Called, (await second.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
    }

    [Fact]
    public async Task An_outcome_for_an_interview_that_never_happened_is_refused()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var waiting = await fixture.ApplicantAsync();
        var waitingId = (await BoothsFixture.ApplyAsync(waiting, booth, fixture.PublishedJobIds[0])).ApplicationId;
        using var calledPerson = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(calledPerson, booth, fixture.PublishedJobIds[0]);

        using var refusedWaiting = await recruiter.PutAsync($"{booth.Path}/applications/{waitingId}/outcome", new { outcome = "Offer" });
        await ProblemAssertions.AssertProblemAsync(refusedWaiting, HttpStatusCode.Conflict, "booth.no_interview");

        // Called but not answered yet: still no interview to judge.
        using var called = await recruiter.PostAsync(booth.Path + "/call-next");
        var call = await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        using var refusedCalled = await recruiter.PutAsync($"{booth.Path}/applications/{call.ApplicationId}/outcome", new { outcome = "Intention" });
        await ProblemAssertions.AssertProblemAsync(refusedCalled, HttpStatusCode.Conflict, "booth.no_interview");

        var mine = await waiting.GetJsonAsync<ApplicationView>("/api/me/applications/" + waitingId);
        Assert.Null(mine.Outcome);
    }

    [Fact]
    public async Task An_outcome_needs_an_outcome()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var applicant = await fixture.ApplicantAsync();
        var id = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId;
        using var refused = await recruiter.PutAsync($"{booth.Path}/applications/{id}/outcome", new { note = "没有结果" });
        await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "booth.invalid_input");
    }

    public static TheoryData<string> RecruiterRoutes =>
    [
        "PUT setup", "PUT settings", "PUT status", "POST call-next", "GET console", "GET applicant",
        "GET interview", "POST message", "PUT video-link", "POST end", "PUT outcome",
    ];

    [Theory]
    [MemberData(nameof(RecruiterRoutes))]
    public async Task A_recruiter_or_admin_of_another_employer_is_refused_and_nothing_changes(string route)
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var applicant = await fixture.ApplicantAsync();
        var id = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId!;
        using var waiting = await fixture.ApplicantAsync();
        await BoothsFixture.ApplyAsync(waiting, booth, fixture.PublishedJobIds[1]);
        using (var called = await recruiter.PostAsync(booth.Path + "/call-next"))
        {
            Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        }

        using (var answered = await applicant.PostAsync(booth.Path + "/answer"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var grain = fixture.BoothGrain(booth);
        var before = await SnapshotAsync(grain, id);

        foreach (var person in new[] { fixture.OtherRecruiter, fixture.OtherAdmin })
        {
            using var outsider = await fixture.SignInAsync(person);
            var interview = $"{booth.Path}/interviews/{id}";
            using var response = route switch
            {
                "PUT setup" => await outsider.PutAsync(booth.Path + "/setup", new { jobIds = fixture.PublishedJobIds, recruiterIds = new[] { person.Id } }),
                "PUT settings" => await outsider.PutAsync(booth.Path + "/settings", new { capacity = 1 }),
                "PUT status" => await outsider.PutAsync(booth.Path + "/status", new { status = "Closed" }),
                "POST call-next" => await outsider.PostAsync(booth.Path + "/call-next"),
                "GET console" => await outsider.GetAsync(booth.Path + "/console"),
                "GET applicant" => await outsider.GetAsync($"{booth.Path}/applications/{id}/applicant"),
                "GET interview" => await outsider.GetAsync(interview),
                "POST message" => await outsider.PostAsync(interview + "/messages", new { text = "冒充的消息" }),
                "PUT video-link" => await outsider.PutAsync(interview + "/video-link", new { url = "https://evil.example.com/" }),
                "POST end" => await outsider.PostAsync(interview + "/end"),
                "PUT outcome" => await outsider.PutAsync($"{booth.Path}/applications/{id}/outcome", new { outcome = "NotSuitable" }),
                _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
            };

            // What either side of an interview may do answers outsiders as if the application did not exist;
            // what only recruiters may do says who may, which tells nothing about the application.
            var (status, type) = route switch
            {
                "PUT setup" => (HttpStatusCode.Forbidden, "booth.admins_only"),
                "GET interview" or "POST message" or "POST end" => (HttpStatusCode.NotFound, "booth.application_not_found"),
                _ => (HttpStatusCode.Forbidden, "booth.forbidden"),
            };
            await ProblemAssertions.AssertProblemAsync(response, status, type);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(applicant.Me.DisplayName, body, StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(grain, id));
    }

    /// <summary>Everything a refused call could have changed: the booth, its queue and interviews, the application.</summary>
    private async Task<string> SnapshotAsync(IBoothGrain grain, string applicationId) =>
        JsonSerializer.Serialize(new
        {
            view = await grain.GetView(),
            console = await grain.GetConsole(fixture.EmployerAdmin.Id),
            record = await fixture.Host.Grains.GetGrain<IApplicationGrain>(applicationId).GetRecord(),
        });
}
