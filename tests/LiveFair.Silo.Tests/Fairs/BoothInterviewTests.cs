using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.People;
using Xunit;
using static LiveFair.Silo.Tests.Fairs.BoothQueueTests;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>From a call to an outcome: the interview's two sides, its messages, and who may read what.</summary>
public sealed class BoothInterviewTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_called_applicant_answers_talks_and_gets_an_outcome()
    {
        var booth = await Client.BoothAsync();
        var (applicant, place) = await Client.AppliedAsync(booth, shareDisability: true);
        var call = await booth.Booth.CallNext(booth.Recruiter);
        Assert.Equal((place.ApplicationId, booth.JobIds[0], "李明"), (call.ApplicationId, call.JobId, call.ApplicantName));
        Assert.Equal(QueueState.Called, (await booth.Booth.GetPlace(applicant.PersonId)).State);

        var started = await booth.Booth.Answer(applicant.PersonId);
        Assert.True(started.Active);
        Assert.Equal(booth.Recruiters[0].DisplayName, started.RecruiterName);
        Assert.Equal(QueueState.Interviewing, (await booth.Booth.GetPlace(applicant.PersonId)).State);

        var script = "<script>alert('x')</script> & <b>bold</b>\nsecond line";
        var fromApplicant = await booth.Booth.PostMessage(applicant.PersonId, call.ApplicationId, "  " + script + "  ");
        var fromRecruiter = await booth.Booth.PostMessage(booth.Recruiter, call.ApplicationId, "你好");
        Assert.Equal(script, fromApplicant.Text);
        Assert.True(fromApplicant.FromApplicant);
        Assert.False(fromRecruiter.FromApplicant);

        var linked = await booth.Booth.SetVideoLink(booth.Recruiter, call.ApplicationId, "https://meet.example.org/room?id=1");
        Assert.Equal("https://meet.example.org/room?id=1", linked.VideoLink);

        var ended = await booth.Booth.EndInterview(applicant.PersonId, call.ApplicationId);
        Assert.False(ended.Active);
        Assert.Equal([script, "你好"], ended.Messages.Select(m => m.Text));
        Assert.Equal(QueueState.None, (await booth.Booth.GetPlace(applicant.PersonId)).State);

        // Ending again answers with the same ended interview.
        Assert.Equal(ended.EndedAt, (await booth.Booth.EndInterview(booth.Recruiter, call.ApplicationId)).EndedAt);

        var note = "<img src=x onerror=alert(1)> 很好\n下周复试";
        var record = await booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Intention, Note = note });
        Assert.Equal((ApplicationOutcome.Intention, note), (record.Outcome, record.OutcomeNote));
        await booth.Booth.RecordOutcome(booth.Recruiters[1].PersonId, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Offer });

        var stats = await booth.Booth.GetStats();
        Assert.Equal((1, 1, 0, 1, 0), (stats.Applications, stats.Interviews, stats.Intentions, stats.Offers, stats.NoShows));

        // The applicant sees the outcome and the interview, never the private note.
        var mine = await Client.GetGrain<IApplicationGrain>(call.ApplicationId).GetForApplicant(applicant.PersonId);
        Assert.Equal((ApplicationStatus.Interviewed, ApplicationOutcome.Offer, true), (mine.Status, mine.Outcome, mine.SharedDisability));
        Assert.Equal(2, mine.Interview!.Messages.Count);

        // After it ended, any recruiter of the booth may read it.
        Assert.Equal(2, (await booth.Booth.GetInterview(booth.Recruiters[1].PersonId, call.ApplicationId)).Messages.Count);
    }

    [Fact]
    public async Task Recruiters_read_the_applicant_profile_with_the_disability_section_only_when_shared()
    {
        var booth = await Client.BoothAsync();
        var sharing = await Client.PersonWithDisabilityAsync();
        var notSharing = await Client.PersonWithDisabilityAsync();
        var shared = await booth.Booth.Apply(new Applicant { PersonId = sharing.GetPrimaryKeyString(), DisplayName = "A" }, new ApplyInput { JobId = booth.JobIds[0], ShareDisability = true });
        var kept = await booth.Booth.Apply(new Applicant { PersonId = notSharing.GetPrimaryKeyString(), DisplayName = "B" }, new ApplyInput { JobId = booth.JobIds[0] });

        Assert.NotNull((await booth.Booth.GetApplicant(booth.Recruiter, shared.ApplicationId!)).Disability);
        Assert.Null((await booth.Booth.GetApplicant(booth.Recruiter, kept.ApplicationId!)).Disability);
        await AssertRefusedAsync("booth.application_not_found", () => booth.Booth.GetApplicant(booth.Recruiter, "app-0000000000000000"));
    }

    [Fact]
    public async Task An_outcome_needs_an_interview_that_started()
    {
        var booth = await Client.BoothAsync();
        await Client.AppliedAsync(booth);
        var (_, waiting) = await Client.AppliedAsync(booth);
        var call = await booth.Booth.CallNext(booth.Recruiter);

        await AssertRefusedAsync("booth.no_interview", () => booth.Booth.RecordOutcome(booth.Recruiter, waiting.ApplicationId!, new OutcomeInput { Outcome = ApplicationOutcome.Offer }));
        await AssertRefusedAsync("booth.no_interview", () => booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Intention }));
        await AssertRefusedAsync("booth.no_interview", () => booth.Booth.RecordOutcome(booth.Recruiter, waiting.ApplicationId!, new OutcomeInput { Outcome = ApplicationOutcome.NoShow }));
        await AssertRefusedAsync("booth.invalid_outcome", () => booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = (ApplicationOutcome)9 }));
        Assert.Null((await Client.GetGrain<IApplicationGrain>(waiting.ApplicationId!).GetRecord()).Outcome);
    }

    [Fact]
    public async Task Nobody_else_reads_or_joins_an_application()
    {
        var booth = await Client.BoothAsync();
        var (applicant, _) = await Client.AppliedAsync(booth);
        var (stranger, _) = await Client.AppliedAsync(booth, booth.JobIds[1]);
        var call = await booth.Booth.CallNext(booth.Recruiter);
        await booth.Booth.Answer(applicant.PersonId);

        // Another applicant: the same "not found" as for an id that does not exist.
        var application = Client.GetGrain<IApplicationGrain>(call.ApplicationId);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => application.GetForApplicant(stranger.PersonId))).Kind);
        await AssertRefusedAsync("booth.application_not_found", () => booth.Booth.GetInterview(stranger.PersonId, call.ApplicationId));
        await AssertRefusedAsync("booth.application_not_found", () => booth.Booth.PostMessage(stranger.PersonId, call.ApplicationId, "hi"));
        await AssertRefusedAsync("booth.application_not_found", () => booth.Booth.EndInterview(stranger.PersonId, call.ApplicationId));
        await AssertRefusedAsync("booth.application_not_found", () => booth.Booth.Typing(stranger.PersonId, call.ApplicationId));

        // Another recruiter of the booth is told it is not theirs while it runs.
        await AssertRefusedAsync("booth.not_your_interview", () => booth.Booth.PostMessage(booth.Recruiters[1].PersonId, call.ApplicationId, "hi"));
        await AssertRefusedAsync("booth.not_your_interview", () => booth.Booth.GetInterview(booth.Recruiters[1].PersonId, call.ApplicationId));

        // The applicant cannot set the video link.
        await AssertRefusedAsync("booth.forbidden", () => booth.Booth.SetVideoLink(applicant.PersonId, call.ApplicationId, "https://x.example.org"));
        Assert.True((await booth.Booth.GetInterview(applicant.PersonId, call.ApplicationId)).Active);
    }

    [Fact]
    public async Task Bad_messages_and_links_are_refused()
    {
        var booth = await Client.BoothAsync();
        var (applicant, _) = await Client.AppliedAsync(booth);
        var call = await booth.Booth.CallNext(booth.Recruiter);
        await booth.Booth.Answer(applicant.PersonId);

        await AssertRefusedAsync("booth.message.empty", () => booth.Booth.PostMessage(applicant.PersonId, call.ApplicationId, "  \n "));
        await AssertRefusedAsync("booth.message.invalid_characters", () => booth.Booth.PostMessage(applicant.PersonId, call.ApplicationId, "bell\u0007"));
        await AssertRefusedAsync("booth.message.too_long", () => booth.Booth.PostMessage(applicant.PersonId, call.ApplicationId, new string('字', BoothLimits.InterviewMessage + 1)));
        await AssertRefusedAsync("booth.video_link.invalid_url", () => booth.Booth.SetVideoLink(booth.Recruiter, call.ApplicationId, "javascript:alert(1)"));
        await AssertRefusedAsync("booth.video_link.invalid_url", () => booth.Booth.SetVideoLink(booth.Recruiter, call.ApplicationId, "/relative"));
        await AssertRefusedAsync("booth.outcome_note.too_long", () => booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Offer, Note = new string('x', BoothLimits.OutcomeNote + 1) }));

        Assert.Null((await booth.Booth.SetVideoLink(booth.Recruiter, call.ApplicationId, null)).VideoLink);
        Assert.Empty((await booth.Booth.GetInterview(applicant.PersonId, call.ApplicationId)).Messages);
    }

    [Fact]
    public async Task The_console_shows_the_line_without_names_and_the_open_calls()
    {
        var booth = await Client.BoothAsync();
        var (called, _) = await Client.AppliedAsync(booth);
        await Client.AppliedAsync(booth, booth.JobIds[1]);
        var call = await booth.Booth.CallNext(booth.Recruiter);

        var console = await booth.Booth.GetConsole(booth.Recruiter);
        var waiting = Assert.Single(console.Queue);
        Assert.Equal((1, "Tester"), (waiting.Position, waiting.JobTitle));
        var open = Assert.Single(console.Open);
        Assert.Equal((call.ApplicationId, ApplicationStatus.Called, true), (open.ApplicationId, open.Status, open.Mine));
        Assert.False(Assert.Single((await booth.Booth.GetConsole(booth.Recruiters[1].PersonId)).Open).Mine);

        await booth.Booth.Leave(called.PersonId);
        var recent = Assert.Single((await booth.Booth.GetConsole(booth.Recruiter)).Recent);
        Assert.Equal((call.ApplicationId, ApplicationStatus.Left), (recent.ApplicationId, recent.Status));
    }
}
