using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

/// <summary>Text in interviews and outcomes: kept exactly as typed, returned as JSON strings, bounded in length.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class InterviewTextTests(BoothsFixture fixture)
{
    private const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;\"引号\"";

    /// <summary>A booth with an interview in progress between <see cref="BoothsFixture.Recruiter"/> and a new applicant.</summary>
    private async Task<(Booth Booth, Caller Applicant, Caller Recruiter, string ApplicationId)> InterviewAsync(string? applicantName = null)
    {
        var booth = await fixture.NewBoothAsync();
        var applicant = await fixture.ApplicantAsync(applicantName);
        var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        var id = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId!;
        using (var called = await recruiter.PostAsync(booth.Path + "/call-next"))
        {
            Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        }

        using (var answered = await applicant.PostAsync(booth.Path + "/answer"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        return (booth, applicant, recruiter, id);
    }

    [Fact]
    public async Task Script_in_every_text_field_comes_back_verbatim_as_json_text()
    {
        var (booth, applicant, recruiter, id) = await InterviewAsync(applicantName: "<b>名字</b>");
        using (applicant)
        using (recruiter)
        {
            var interview = $"{booth.Path}/interviews/{id}";
            foreach (var side in new[] { applicant, recruiter })
            {
                using var sent = await side.PostAsync(interview + "/messages", new { text = Script });
                Assert.Equal(Script, (await Caller.ReadAsync<InterviewMessage>(sent, HttpStatusCode.Created)).Text);
            }

            using var read = await recruiter.GetAsync(interview);
            Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType);
            var seen = await Caller.ReadAsync<InterviewView>(read, HttpStatusCode.OK);
            Assert.Equal([Script, Script], seen.Messages.Select(message => message.Text));
            Assert.Equal("<b>名字</b>", seen.ApplicantName);

            using var ended = await recruiter.PostAsync(interview + "/end");
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
            using var recorded = await recruiter.PutAsync($"{booth.Path}/applications/{id}/outcome", new { outcome = "NotSuitable", note = Script });
            var outcome = await Caller.ReadAsync<JsonElement>(recorded, HttpStatusCode.OK);
            Assert.Equal(Script, outcome.GetProperty("note").GetString());
            Assert.Equal("<b>名字</b>", outcome.GetProperty("applicantName").GetString());

            var mine = await applicant.GetJsonAsync<ApplicationView>("/api/me/applications/" + id);
            Assert.Equal([Script, Script], mine.Interview!.Messages.Select(message => message.Text));
        }
    }

    [Fact]
    public async Task The_recruiter_sees_a_scripted_display_name_verbatim_when_calling()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync(Script[..40]);
        await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0]);
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var called = await recruiter.PostAsync(booth.Path + "/call-next");
        Assert.Equal(Script[..40], (await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK)).ApplicantName);
    }

    [Fact]
    public async Task Too_long_or_empty_text_is_refused_and_nothing_is_stored()
    {
        var (booth, applicant, recruiter, id) = await InterviewAsync();
        using (applicant)
        using (recruiter)
        {
            var interview = $"{booth.Path}/interviews/{id}";
            using var longest = await applicant.PostAsync(interview + "/messages", new { text = new string('字', BoothLimits.InterviewMessage) });
            Assert.Equal(HttpStatusCode.Created, longest.StatusCode);

            foreach (var (text, type) in new[]
            {
                (new string('字', BoothLimits.InterviewMessage + 1), "booth.message.too_long"),
                ("", "booth.message.empty"),
                ("   ", "booth.message.empty"),
                ("控制\u0007字符", "booth.message.invalid_characters"),
            })
            {
                using var refused = await applicant.PostAsync(interview + "/messages", new { text });
                await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.BadRequest, type);
            }

            using var missing = await applicant.PostAsync(interview + "/messages", new { });
            await ProblemAssertions.AssertProblemAsync(missing, HttpStatusCode.BadRequest, "booth.invalid_input");

            using var longLink = await recruiter.PutAsync(interview + "/video-link", new { url = "https://meet.example.com/" + new string('a', BoothLimits.VideoLink) });
            await ProblemAssertions.AssertProblemAsync(longLink, HttpStatusCode.BadRequest, "booth.video_link.too_long");
            using var scriptLink = await recruiter.PutAsync(interview + "/video-link", new { url = "javascript:alert(1)" });
            await ProblemAssertions.AssertProblemAsync(scriptLink, HttpStatusCode.BadRequest, "booth.video_link.invalid_url");

            using var ended = await recruiter.PostAsync(interview + "/end");
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
            using var longNote = await recruiter.PutAsync($"{booth.Path}/applications/{id}/outcome", new { outcome = "Offer", note = new string('注', BoothLimits.OutcomeNote + 1) });
            await ProblemAssertions.AssertProblemAsync(longNote, HttpStatusCode.BadRequest, "booth.outcome_note.too_long");

            var seen = await recruiter.GetJsonAsync<InterviewView>(interview);
            Assert.Single(seen.Messages);
            Assert.Null(seen.VideoLink);
            Assert.Null((await applicant.GetJsonAsync<ApplicationView>("/api/me/applications/" + id)).Outcome);
        }
    }

    [Fact]
    public async Task Another_applicant_gets_404_for_someone_elses_application_and_interview()
    {
        var (booth, applicant, recruiter, id) = await InterviewAsync();
        using (applicant)
        using (recruiter)
        {
            using var other = await fixture.ApplicantAsync();
            await BoothsFixture.ApplyAsync(other, booth, fixture.PublishedJobIds[1]);
            using var message = await applicant.PostAsync($"{booth.Path}/interviews/{id}/messages", new { text = "只给招聘者看" });
            Assert.Equal(HttpStatusCode.Created, message.StatusCode);

            foreach (var path in new[] { "/api/me/applications/" + id, $"{booth.Path}/interviews/{id}" })
            {
                using var refused = await other.GetAsync(path);
                await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.NotFound, "booth.application_not_found");
                Assert.DoesNotContain("只给招聘者看", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using var unknown = await other.GetAsync("/api/me/applications/app-0000000000000000");
            await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
            var list = await other.GetJsonAsync<List<ApplicationView>>("/api/me/applications");
            Assert.DoesNotContain(list, application => application.ApplicationId == id);
        }
    }

    [Fact]
    public async Task Another_recruiter_of_the_booth_cannot_join_an_interview_in_progress()
    {
        var (booth, applicant, recruiter, id) = await InterviewAsync();
        using (applicant)
        using (recruiter)
        {
            using var second = await fixture.SignInAsync(fixture.SecondRecruiter);
            using var refused = await second.PostAsync($"{booth.Path}/interviews/{id}/messages", new { text = "插话" });
            await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.Forbidden, "booth.not_your_interview");
            Assert.Empty((await recruiter.GetJsonAsync<InterviewView>($"{booth.Path}/interviews/{id}")).Messages);
        }
    }
}
