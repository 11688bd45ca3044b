using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

[Collection(BoothTestGroup.Name)]
public sealed class InterviewFlowTests(BoothsFixture fixture)
{
    [Fact]
    public async Task Apply_call_answer_talk_end_and_outcome_and_the_applicant_sees_the_result_without_the_note()
    {
        var booth = await fixture.NewBoothAsync();
        var jobId = fixture.PublishedJobIds[0];
        using var applicant = await fixture.ApplicantAsync("申请人甲");
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);

        var place = await BoothsFixture.ApplyAsync(applicant, booth, jobId);
        Assert.Equal(QueueState.Waiting, place.State);
        Assert.Equal(1, place.Position);
        Assert.Equal(1, place.Waiting);
        var applicationId = Assert.IsType<string>(place.ApplicationId);
        Assert.Equal(QueueState.Waiting, (await applicant.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);

        using (var anonymous = fixture.Anonymous())
        {
            var details = await anonymous.GetJsonAsync<JsonElement>(booth.Path);
            Assert.Equal(1, details.GetProperty("booth").GetProperty("waiting").GetInt32());
            Assert.Equal(fixture.PublishedJobIds.Order(), details.GetProperty("jobs").EnumerateArray().Select(job => job.GetProperty("jobId").GetString()!).Order());
        }

        using var called = await recruiter.PostAsync(booth.Path + "/call-next");
        var call = await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        Assert.Equal(applicationId, call.ApplicationId);
        Assert.Equal("申请人甲", call.ApplicantName);
        Assert.Equal(jobId, call.JobId);
        var calledPlace = await applicant.GetJsonAsync<QueuePlace>(booth.Path + "/place");
        Assert.Equal(QueueState.Called, calledPlace.State);
        Assert.NotNull(calledPlace.AnswerBy);

        using var answered = await applicant.PostAsync(booth.Path + "/answer");
        var interview = await Caller.ReadAsync<InterviewView>(answered, HttpStatusCode.OK);
        Assert.True(interview.Active);
        Assert.Equal(applicationId, interview.ApplicationId);
        Assert.Equal(fixture.Recruiter.DisplayName, interview.RecruiterName);
        Assert.Equal("申请人甲", interview.ApplicantName);

        var interviewPath = $"{booth.Path}/interviews/{applicationId}";
        using var first = await applicant.PostAsync(interviewPath + "/messages", new { text = "您好，我想应聘测试岗位。" });
        var fromApplicant = await Caller.ReadAsync<InterviewMessage>(first, HttpStatusCode.Created);
        Assert.True(fromApplicant.FromApplicant);
        using var second = await recruiter.PostAsync(interviewPath + "/messages", new { text = "欢迎！请介绍一下自己。" });
        var fromRecruiter = await Caller.ReadAsync<InterviewMessage>(second, HttpStatusCode.Created);
        Assert.False(fromRecruiter.FromApplicant);
        Assert.Equal(fixture.Recruiter.DisplayName, fromRecruiter.AuthorName);

        using var linked = await recruiter.PutAsync(interviewPath + "/video-link", new { url = "https://meet.example.com/abc" });
        Assert.Equal("https://meet.example.com/abc", (await Caller.ReadAsync<InterviewView>(linked, HttpStatusCode.OK)).VideoLink);

        foreach (var side in new[] { applicant, recruiter })
        {
            var seen = await side.GetJsonAsync<InterviewView>(interviewPath);
            Assert.Equal(["您好，我想应聘测试岗位。", "欢迎！请介绍一下自己。"], seen.Messages.Select(message => message.Text));
            Assert.Equal("https://meet.example.com/abc", seen.VideoLink);
        }

        using var ended = await recruiter.PostAsync(interviewPath + "/end");
        var after = await Caller.ReadAsync<InterviewView>(ended, HttpStatusCode.OK);
        Assert.False(after.Active);
        Assert.NotNull(after.EndedAt);

        const string Note = "沟通顺畅，安排二面";
        using var recorded = await recruiter.PutAsync($"{booth.Path}/applications/{applicationId}/outcome", new { outcome = "Intention", note = Note });
        var outcome = await Caller.ReadAsync<JsonElement>(recorded, HttpStatusCode.OK);
        Assert.Equal("Intention", outcome.GetProperty("outcome").GetString());
        Assert.Equal(Note, outcome.GetProperty("note").GetString());
        Assert.False(outcome.TryGetProperty("personId", out _));

        using var mine = await applicant.GetAsync("/api/me/applications/" + applicationId);
        var mineBody = await mine.Content.ReadAsStringAsync();
        var view = await Caller.ReadAsync<ApplicationView>(mine, HttpStatusCode.OK);
        Assert.Equal(ApplicationStatus.Interviewed, view.Status);
        Assert.Equal(ApplicationOutcome.Intention, view.Outcome);
        Assert.Equal(2, view.Interview?.Messages.Count);
        Assert.DoesNotContain(Note, mineBody, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Recruiter.Id, mineBody, StringComparison.Ordinal);
        Assert.Equal("no-store", mine.Headers.CacheControl?.ToString());

        var list = await applicant.GetJsonAsync<List<ApplicationView>>("/api/me/applications");
        Assert.Equal(ApplicationOutcome.Intention, Assert.Single(list).Outcome);

        var console = await recruiter.GetJsonAsync<BoothConsole>(booth.Path + "/console");
        Assert.Contains(console.Recent, entry => entry.ApplicationId == applicationId && entry.Outcome == ApplicationOutcome.Intention);
        Assert.Equal(1, console.Stats.Interviews);
        Assert.Equal(1, console.Stats.Intentions);
        Assert.Equal(QueueState.None, (await applicant.GetJsonAsync<QueuePlace>(booth.Path + "/place")).State);
    }

    [Fact]
    public async Task The_recruiter_sees_the_profile_and_the_disability_section_only_when_shared_and_never_a_person_id()
    {
        var booth = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        var ids = new List<string>();
        foreach (var share in new[] { true, false })
        {
            using var applicant = await fixture.ApplicantAsync();
            var person = fixture.Host.Grains.GetGrain<IPersonGrain>(applicant.Me.Id);
            await person.UpdateProfile(new SeekerProfile { FullName = "全名" + share, City = "广州" });
            await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
            await person.SaveDisability(new DisabilityInfo { Category = DisabilityCategory.Hearing, Level = 2 });
            ids.Add((await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0], shareDisability: share)).ApplicationId!);
        }

        using var sharedResponse = await recruiter.GetAsync($"{booth.Path}/applications/{ids[0]}/applicant");
        var shared = await Caller.ReadAsync<JsonElement>(sharedResponse, HttpStatusCode.OK);
        Assert.Equal("全名True", shared.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal("Hearing", shared.GetProperty("disability").GetProperty("category").GetString());
        Assert.False(shared.TryGetProperty("personId", out _));
        Assert.Equal("no-store", sharedResponse.Headers.CacheControl?.ToString());

        var notShared = await recruiter.GetJsonAsync<JsonElement>($"{booth.Path}/applications/{ids[1]}/applicant");
        Assert.Equal("全名False", notShared.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.True(!notShared.TryGetProperty("disability", out var disability) || disability.ValueKind == JsonValueKind.Null);
    }
}
