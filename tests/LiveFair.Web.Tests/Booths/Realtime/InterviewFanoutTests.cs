using System.Net;
using LiveFair.Contracts.Fairs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>Interview events over real SignalR connections reach the two people in the interview and nobody else.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class InterviewFanoutTests(BoothsFixture fixture)
{
    [Fact]
    public async Task Interview_events_reach_only_its_two_sides_typing_only_the_other_side_and_no_payload_carries_a_person_id()
    {
        var booth = await fixture.NewBoothAsync();
        using var applicant = await fixture.ApplicantAsync("面试者");
        using var bystander = await fixture.ApplicantAsync("排队的人");
        var applicationId = (await BoothsFixture.ApplyAsync(applicant, booth, fixture.PublishedJobIds[0])).ApplicationId!;
        await BoothsFixture.ApplyAsync(bystander, booth, fixture.PublishedJobIds[1]);

        await using var applicantHub = await BoothHubClient.ConnectAsync(fixture.Host, applicant.Me);
        await using var bystanderHub = await BoothHubClient.ConnectAsync(fixture.Host, bystander.Me);
        await using var recruiterHub = await BoothHubClient.ConnectAsync(fixture.Host, fixture.Recruiter);
        await using var secondHub = await BoothHubClient.ConnectAsync(fixture.Host, fixture.SecondRecruiter);
        await applicantHub.WatchBoothAsync(booth);
        await bystanderHub.WatchBoothAsync(booth);
        await recruiterHub.WatchConsoleAsync(booth);
        await secondHub.WatchConsoleAsync(booth);

        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);
        using var secondRecruiter = await fixture.SignInAsync(fixture.SecondRecruiter);
        using (var called = await recruiter.PostAsync(booth.Path + "/call-next"))
        {
            Assert.Equal(applicationId, (await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK)).ApplicationId);
        }

        await applicantHub.WaitForPlaceAsync(p => p.State == QueueState.Called);
        using (var answered = await applicant.PostAsync(booth.Path + "/answer"))
        {
            await Caller.ReadAsync<InterviewView>(answered, HttpStatusCode.OK);
        }

        foreach (var side in new[] { applicantHub, recruiterHub })
        {
            var started = await side.WaitForInterviewAsync(e => e.Kind == InterviewEventKind.Started);
            Assert.Equal(applicationId, started.ApplicationId);
            Assert.True(started.Interview!.Active);
            Assert.Equal(fixture.Recruiter.DisplayName, started.Interview.RecruiterName);
            Assert.Equal("面试者", started.Interview.ApplicantName);
        }

        // Messages posted over REST reach the other side (and the sender's own other tabs).
        var interviewPath = $"{booth.Path}/interviews/{applicationId}";
        using (var posted = await applicant.PostAsync(interviewPath + "/messages", new { text = "<b>您好</b>，我来面试。" }))
        {
            await Caller.ReadAsync<InterviewMessage>(posted, HttpStatusCode.Created);
        }

        var fromApplicant = await recruiterHub.WaitForInterviewAsync(e => e.Kind == InterviewEventKind.Message);
        Assert.Equal("<b>您好</b>，我来面试。", fromApplicant.Message!.Text);
        Assert.True(fromApplicant.Message.FromApplicant);
        Assert.Equal("面试者", fromApplicant.Message.AuthorName);

        using (var posted = await recruiter.PostAsync(interviewPath + "/messages", new { text = "欢迎，请坐。" }))
        {
            await Caller.ReadAsync<InterviewMessage>(posted, HttpStatusCode.Created);
        }

        var fromRecruiter = await applicantHub.WaitForInterviewAsync(e => e.Kind == InterviewEventKind.Message && !e.Message!.FromApplicant);
        Assert.Equal("欢迎，请坐。", fromRecruiter.Message!.Text);
        Assert.Equal(fixture.Recruiter.DisplayName, fromRecruiter.Message.AuthorName);

        // Typing goes to the other side only. Each side's later event is the marker for the one before it.
        await applicantHub.TypingAsync(booth, applicationId);
        var applicantTyping = await recruiterHub.WaitForInterviewAsync(e => e.Kind == InterviewEventKind.Typing);
        Assert.True(applicantTyping.FromApplicant);
        await recruiterHub.TypingAsync(booth, applicationId);
        var recruiterTyping = await applicantHub.WaitForInterviewAsync(e => e.Kind == InterviewEventKind.Typing);
        Assert.False(recruiterTyping.FromApplicant);
        using (var posted = await applicant.PostAsync(interviewPath + "/messages", new { text = "marker" }))
        {
            await Caller.ReadAsync<InterviewMessage>(posted, HttpStatusCode.Created);
        }

        await recruiterHub.WaitForInterviewAsync(e => e.Message?.Text == "marker");
        Assert.Single(applicantHub.InterviewEvents, e => e.Kind == InterviewEventKind.Typing);
        Assert.Single(recruiterHub.InterviewEvents, e => e.Kind == InterviewEventKind.Typing);

        // Nobody else may type into it: not another seeker, not a colleague who is not in this interview.
        var notTheirs = await Assert.ThrowsAsync<HubException>(() => bystanderHub.TypingAsync(booth, applicationId));
        Assert.Contains("booth.application_not_found", notTheirs.Message, StringComparison.Ordinal);
        var colleague = await Assert.ThrowsAsync<HubException>(() => secondHub.TypingAsync(booth, applicationId));
        Assert.Contains("booth.not_your_interview", colleague.Message, StringComparison.Ordinal);

        // The colleague calls the bystander: a queue update of the same booth, so it reaches both after every
        // interview event above would have.
        using (var called = await secondRecruiter.PostAsync(booth.Path + "/call-next"))
        {
            await Caller.ReadAsync<BoothCall>(called, HttpStatusCode.OK);
        }

        await bystanderHub.WaitForPlaceAsync(p => p.State == QueueState.Called);
        await secondHub.WaitForSummaryAsync(s => s.Called == 1 && s.Interviewing == 1);
        await recruiterHub.WaitForSummaryAsync(s => s.Called == 1 && s.Interviewing == 1);
        await applicantHub.WaitForPlaceAsync(p => p.State == QueueState.Interviewing && p.Waiting == 0);
        Assert.Empty(bystanderHub.InterviewEvents);
        Assert.Empty(secondHub.InterviewEvents);
        Assert.Equal(
            [InterviewEventKind.Started, InterviewEventKind.Message, InterviewEventKind.Message, InterviewEventKind.Typing, InterviewEventKind.Message],
            applicantHub.InterviewEvents.Select(e => e.Kind));
        Assert.Equal(
            [InterviewEventKind.Started, InterviewEventKind.Message, InterviewEventKind.Message, InterviewEventKind.Typing, InterviewEventKind.Message],
            recruiterHub.InterviewEvents.Select(e => e.Kind));

        // What the browsers received never names a person by id: not themselves, not anyone else.
        var personIds = new[] { applicant.Me.Id, bystander.Me.Id, fixture.Recruiter.Id, fixture.SecondRecruiter.Id, fixture.EmployerAdmin.Id };
        foreach (var hub in new[] { applicantHub, bystanderHub, recruiterHub, secondHub })
        {
            Assert.NotEmpty(hub.BoothMessages);
            foreach (var received in hub.All)
            {
                var json = received.Payload.GetRawText();
                Assert.All(personIds, id => Assert.DoesNotContain(id, json, StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
