using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>Joining, the order of the line, its estimate and every way an application is refused.</summary>
public sealed class BoothQueueTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task People_wait_in_the_order_they_applied_and_move_up_when_someone_leaves()
    {
        var booth = await Client.BoothAsync();
        var (first, firstPlace) = await Client.AppliedAsync(booth);
        var (second, _) = await Client.AppliedAsync(booth, booth.JobIds[1]);
        var (third, _) = await Client.AppliedAsync(booth);

        Assert.Equal((QueueState.Waiting, 1, 1), (firstPlace.State, firstPlace.Position, firstPlace.Waiting));
        Assert.Equal([1, 2, 3], await PositionsAsync(booth, first, second, third));
        Assert.True((await booth.Booth.GetPlace(second.PersonId)).Ticket > firstPlace.Ticket);

        var left = await booth.Booth.Leave(second.PersonId);

        Assert.Equal(QueueState.None, left.State);
        Assert.Equal([1, 2], await PositionsAsync(booth, first, third));
        Assert.Equal(QueueState.None, (await booth.Booth.GetPlace(second.PersonId)).State);
        Assert.Equal(2, (await booth.Booth.GetView()).Waiting);

        // Leaving with nothing open is not an error.
        Assert.Equal(QueueState.None, (await booth.Booth.Leave(second.PersonId)).State);
    }

    [Fact]
    public async Task The_estimate_is_the_recent_interview_length_shared_by_the_recruiters()
    {
        var booth = await Client.BoothAsync(recruiters: 2);
        var (interviewed, _) = await Client.AppliedAsync(booth);
        var (waiting, place) = await Client.AppliedAsync(booth);

        // Before any interview: the default length, shared by two recruiters, times the place in line.
        Assert.Equal(BoothLimits.DefaultInterviewLength / 2 * 2, place.EstimatedWait);

        var call = await booth.Booth.CallNext(booth.Recruiter);
        await booth.Booth.Answer(interviewed.PersonId);
        await Task.Delay(50);
        var ended = await booth.Booth.EndInterview(booth.Recruiter, call.ApplicationId);
        var length = ended.EndedAt!.Value - ended.StartedAt;

        var now = await booth.Booth.GetPlace(waiting.PersonId);
        Assert.Equal(1, now.Position);
        Assert.Equal(length / 2, now.EstimatedWait);
        Assert.True(length > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_full_queue_refuses_the_next_applicant()
    {
        var booth = await Client.BoothAsync(settings: TestFairs.FastSettings with { Capacity = 2 });
        await Client.AppliedAsync(booth);
        await Client.AppliedAsync(booth);

        Assert.True((await booth.Booth.GetView()).IsFull);
        var error = await Assert.ThrowsAsync<DomainException>(() => Client.AppliedAsync(booth));
        Assert.Equal(("booth.full", ErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Equal(2, (await booth.Booth.GetStats()).Applications);
    }

    [Fact]
    public async Task Applying_twice_is_refused_while_waiting_and_for_the_same_job_after_leaving()
    {
        var booth = await Client.BoothAsync();
        var (applicant, _) = await Client.AppliedAsync(booth);

        await AssertRefusedAsync("booth.already_queued", () => booth.Booth.Apply(applicant, new ApplyInput { JobId = booth.JobIds[0] }));
        await AssertRefusedAsync("booth.already_queued", () => booth.Booth.Apply(applicant, new ApplyInput { JobId = booth.JobIds[1] }));

        await booth.Booth.Leave(applicant.PersonId);
        await AssertRefusedAsync("booth.already_applied", () => booth.Booth.Apply(applicant, new ApplyInput { JobId = booth.JobIds[0] }));

        // Another job of the same booth is a new application.
        var again = await booth.Booth.Apply(applicant, new ApplyInput { JobId = booth.JobIds[1] });
        Assert.Equal(QueueState.Waiting, again.State);
        Assert.Equal(2, (await booth.Booth.GetStats()).Applications);
    }

    [Fact]
    public async Task A_paused_or_closed_booth_takes_no_applicants_but_keeps_its_line()
    {
        var booth = await Client.BoothAsync();
        var (waiting, _) = await Client.AppliedAsync(booth);

        await booth.Booth.SetStatus(booth.Recruiter, BoothStatus.Paused);
        await AssertRefusedAsync("booth.paused", () => Client.AppliedAsync(booth));
        await booth.Booth.SetStatus(booth.EmployerAdmin.PersonId, BoothStatus.Closed);
        await AssertRefusedAsync("booth.closed", () => Client.AppliedAsync(booth));

        Assert.Equal(1, (await booth.Booth.GetPlace(waiting.PersonId)).Position);
        var call = await booth.Booth.CallNext(booth.Recruiter);
        Assert.Equal((await booth.Booth.GetPlace(waiting.PersonId)).ApplicationId, call.ApplicationId);
        await AssertRefusedAsync("booth.invalid_status", () => booth.Booth.SetStatus(booth.Recruiter, (BoothStatus)42));
    }

    [Fact]
    public async Task Unpublished_foreign_and_unknown_jobs_cannot_be_applied_to()
    {
        var booth = await Client.BoothAsync();
        await Client.GetGrain<IJobGrain>(booth.JobIds[1]).Close(booth.EmployerAdmin.PersonId);
        var (other, otherAdmin) = await Client.CreatedAsync();
        var foreign = await Client.PublishedJobAsync(other, otherAdmin.PersonId);
        var draft = JobIds.New();
        await Client.GetGrain<IJobGrain>(draft).Create(booth.EmployerAdmin.PersonId, booth.EmployerId, TestFairs.Posting());

        await AssertRefusedAsync("booth.job_not_published", () => Client.AppliedAsync(booth, booth.JobIds[1]));
        await AssertRefusedAsync("booth.job_not_found", () => Client.AppliedAsync(booth, foreign));
        await AssertRefusedAsync("booth.job_not_found", () => Client.AppliedAsync(booth, draft));
        await AssertRefusedAsync("booth.job_not_found", () => Client.AppliedAsync(booth, "not a job"));
        Assert.Equal(0, (await booth.Booth.GetView()).Waiting);

        // A person who does not exist cannot hold a place either.
        await AssertRefusedAsync("booth.person_not_found", () => booth.Booth.Apply(new Applicant { PersonId = "person-ghost", DisplayName = "Ghost" }, new ApplyInput { JobId = booth.JobIds[0] }));
    }

    [Fact]
    public async Task Calling_next_on_an_empty_queue_is_a_conflict()
    {
        var booth = await Client.BoothAsync();

        await AssertRefusedAsync("booth.queue_empty", () => booth.Booth.CallNext(booth.Recruiter));
    }

    [Fact]
    public async Task Two_recruiters_calling_at_once_get_different_people()
    {
        var booth = await Client.BoothAsync(recruiters: 2);
        var (first, _) = await Client.AppliedAsync(booth);
        var (second, _) = await Client.AppliedAsync(booth);

        var calls = await Task.WhenAll(booth.Booth.CallNext(booth.Recruiters[0].PersonId), booth.Booth.CallNext(booth.Recruiters[1].PersonId));

        Assert.NotEqual(calls[0].ApplicationId, calls[1].ApplicationId);
        Assert.Equal(QueueState.Called, (await booth.Booth.GetPlace(first.PersonId)).State);
        Assert.Equal(QueueState.Called, (await booth.Booth.GetPlace(second.PersonId)).State);
        await AssertRefusedAsync("booth.queue_empty", () => booth.Booth.CallNext(booth.Recruiter));
    }

    [Fact]
    public async Task Only_the_booth_recruiters_and_the_employer_admins_act_as_recruiters()
    {
        var booth = await Client.BoothAsync();
        var (applicant, place) = await Client.AppliedAsync(booth);
        var (other, otherAdmin) = await Client.CreatedAsync();
        var otherRecruiter = await Client.JoinedAsync(other, otherAdmin.PersonId, OrganisationRole.Recruiter, OrganisationRole.Admin);

        // A recruiter of the employer who is not at this booth is refused too.
        var notAtBooth = await Client.JoinedAsync(booth.Employer, booth.EmployerAdmin.PersonId, OrganisationRole.Recruiter);
        foreach (var outsider in new[] { otherRecruiter.PersonId, notAtBooth.PersonId, applicant.PersonId })
        {
            Assert.False(await booth.Booth.IsRecruiter(outsider));
            foreach (var command in RecruiterCommands(booth, outsider, place.ApplicationId!))
            {
                var error = await Assert.ThrowsAsync<DomainException>(command);
                Assert.Equal(ErrorKind.Forbidden, error.Kind);
            }
        }

        Assert.True(await booth.Booth.IsRecruiter(booth.Recruiter));
        Assert.True(await booth.Booth.IsRecruiter(booth.EmployerAdmin.PersonId));
        Assert.Equal(1, (await booth.Booth.GetPlace(applicant.PersonId)).Position);
        Assert.Equal(TestFairs.FastSettings, (await booth.Booth.GetView()).Settings);
    }

    [Fact]
    public async Task A_recruiter_who_loses_the_role_is_refused()
    {
        var booth = await Client.BoothAsync();
        await Client.AppliedAsync(booth);
        await booth.Employer.SetRoles(booth.EmployerAdmin.PersonId, booth.Recruiter, [OrganisationRole.Helper]);

        await AssertRefusedAsync("booth.forbidden", () => booth.Booth.CallNext(booth.Recruiter));
    }

    [Fact]
    public async Task Setup_is_for_admins_and_checks_jobs_and_recruiters()
    {
        var booth = await Client.BoothAsync();
        var helper = await Client.JoinedAsync(booth.Employer, booth.EmployerAdmin.PersonId, OrganisationRole.Helper);
        var (other, otherAdmin) = await Client.CreatedAsync();
        var foreign = await Client.PublishedJobAsync(other, otherAdmin.PersonId);

        await AssertRefusedAsync("booth.admins_only", () => booth.Booth.UpdateSetup(booth.Recruiter, new BoothSetup { JobIds = booth.JobIds }));
        await AssertRefusedAsync("booth.foreign_job", () => booth.Booth.UpdateSetup(booth.EmployerAdmin.PersonId, new BoothSetup { JobIds = [foreign] }));
        await AssertRefusedAsync("booth.not_recruiter", () => booth.Booth.UpdateSetup(booth.EmployerAdmin.PersonId, new BoothSetup { RecruiterIds = [helper.PersonId] }));
        await AssertRefusedAsync("booth.duplicate_job", () => booth.Booth.UpdateSetup(booth.EmployerAdmin.PersonId, new BoothSetup { JobIds = [booth.JobIds[0], booth.JobIds[0]] }));

        var view = await booth.Booth.UpdateSetup(booth.EmployerAdmin.PersonId, new BoothSetup { JobIds = [booth.JobIds[1]], RecruiterIds = [booth.Recruiter] });
        Assert.Equal([booth.JobIds[1]], view.JobIds);
        Assert.Equal(1, view.RecruiterCount);
        Assert.False(await booth.Booth.IsRecruiter(booth.Recruiters[1].PersonId));
    }

    [Fact]
    public async Task Settings_out_of_bounds_are_refused()
    {
        var booth = await Client.BoothAsync();

        await AssertRefusedAsync("booth.invalid_capacity", () => booth.Booth.UpdateSettings(booth.Recruiter, TestFairs.FastSettings with { Capacity = 0 }));
        await AssertRefusedAsync("booth.invalid_capacity", () => booth.Booth.UpdateSettings(booth.Recruiter, TestFairs.FastSettings with { Capacity = BoothLimits.MaxCapacity + 1 }));
        await AssertRefusedAsync("booth.invalid_answer_time", () => booth.Booth.UpdateSettings(booth.Recruiter, TestFairs.FastSettings with { AnswerTime = TimeSpan.Zero }));
        await AssertRefusedAsync("booth.invalid_disconnect_grace", () => booth.Booth.UpdateSettings(booth.Recruiter, TestFairs.FastSettings with { DisconnectGrace = TimeSpan.FromHours(1) }));
    }

    [Fact]
    public async Task An_unknown_booth_is_not_found()
    {
        var booth = Client.GetGrain<IBoothGrain>(BoothIds.For(TestFairs.NewRoomId(), TestOrganisations.NewId()));

        await AssertRefusedAsync("booth.not_found", () => booth.GetView());
        await AssertRefusedAsync("booth.not_found", () => booth.GetPlace("person-any"));
    }

    private static IEnumerable<Func<Task>> RecruiterCommands(BoothScenario booth, string actor, string applicationId) =>
    [
        () => booth.Booth.CallNext(actor),
        () => booth.Booth.GetConsole(actor),
        () => booth.Booth.UpdateSettings(actor, TestFairs.FastSettings with { Capacity = 1 }),
        () => booth.Booth.SetStatus(actor, BoothStatus.Closed),
        () => booth.Booth.UpdateSetup(actor, new BoothSetup()),
        () => booth.Booth.RecordOutcome(actor, applicationId, new OutcomeInput { Outcome = ApplicationOutcome.Offer }),
        () => booth.Booth.GetApplicant(actor, applicationId),
        () => booth.Booth.SetVideoLink(actor, applicationId, "https://meet.example.org/x"),
    ];

    private static async Task<List<int?>> PositionsAsync(BoothScenario booth, params Applicant[] applicants)
    {
        var positions = new List<int?>();
        foreach (var applicant in applicants)
        {
            positions.Add((await booth.Booth.GetPlace(applicant.PersonId)).Position);
        }

        return positions;
    }

    internal static async Task AssertRefusedAsync(string code, Func<Task> command)
    {
        var error = await Assert.ThrowsAsync<DomainException>(command);
        Assert.Equal(code, error.Code);
    }
}
