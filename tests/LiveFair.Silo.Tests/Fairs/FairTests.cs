using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;
using static LiveFair.Silo.Tests.Fairs.BoothQueueTests;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>Invitations, booths, pins and the report of a fair.</summary>
public sealed class FairTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task The_host_invites_employers_who_accept_with_a_booth_or_decline()
    {
        var (roomId, _, admin, streamer) = await Client.FairRoomAsync();
        var fair = Client.GetGrain<IFairGrain>(roomId);
        var (accepting, acceptingAdmin) = await Client.CreatedAsync(TestOrganisations.Employer("<b>珠江</b>科技"));
        var (declining, decliningAdmin) = await Client.CreatedAsync();
        var recruiter = await Client.JoinedAsync(accepting, acceptingAdmin.PersonId, OrganisationRole.Recruiter);
        var job = await Client.PublishedJobAsync(accepting, acceptingAdmin.PersonId);

        var invited = await fair.InviteEmployer(admin.PersonId, accepting.GetPrimaryKeyString());
        await fair.InviteEmployer(streamer.PersonId, declining.GetPrimaryKeyString());
        Assert.Equal(("<b>珠江</b>科技", FairInvitationStatus.Invited), (invited.EmployerName, invited.Status));
        Assert.Equal(invited, await fair.InviteEmployer(admin.PersonId, accepting.GetPrimaryKeyString()));

        var booth = await fair.AcceptInvitation(recruiter.PersonId, accepting.GetPrimaryKeyString(), new BoothSetup { JobIds = [job], RecruiterIds = [recruiter.PersonId] });
        await fair.DeclineInvitation(decliningAdmin.PersonId, declining.GetPrimaryKeyString());

        Assert.Equal(BoothIds.For(roomId, accepting.GetPrimaryKeyString()), booth.BoothId);
        Assert.Equal([job], booth.JobIds);
        Assert.Equal((1, BoothStatus.Open), (booth.RecruiterCount, booth.Status));
        var view = await fair.GetView();
        Assert.Equal(
            [(accepting.GetPrimaryKeyString(), FairInvitationStatus.Accepted), (declining.GetPrimaryKeyString(), FairInvitationStatus.Declined)],
            view.Invitations.Select(i => (i.EmployerId, i.Status)));
        Assert.Equal(booth.BoothId, Assert.Single(view.Booths).BoothId);

        // Accepting again answers with the booth; a declined invitation can be sent again.
        Assert.Equal(booth.BoothId, (await fair.AcceptInvitation(acceptingAdmin.PersonId, accepting.GetPrimaryKeyString(), new BoothSetup())).BoothId);
        await AssertRefusedAsync("fair.invitation_declined", () => fair.AcceptInvitation(decliningAdmin.PersonId, declining.GetPrimaryKeyString(), new BoothSetup()));
        Assert.Equal(FairInvitationStatus.Invited, (await fair.InviteEmployer(admin.PersonId, declining.GetPrimaryKeyString())).Status);
        await AssertRefusedAsync("fair.already_accepted", () => fair.WithdrawInvitation(admin.PersonId, accepting.GetPrimaryKeyString()));
        await fair.WithdrawInvitation(admin.PersonId, declining.GetPrimaryKeyString());
        Assert.Single((await fair.GetView()).Invitations);
    }

    [Fact]
    public async Task Only_employers_are_invited_and_only_by_host_admins_and_streamers()
    {
        var (roomId, host, admin, _) = await Client.FairRoomAsync();
        var fair = Client.GetGrain<IFairGrain>(roomId);
        var helper = await Client.JoinedAsync(host, admin.PersonId, OrganisationRole.Helper);
        var (workshop, _) = await Client.CreatedAsync(TestOrganisations.Workshop());
        var (employer, employerAdmin) = await Client.CreatedAsync();

        await AssertRefusedAsync("fair.not_employer", () => fair.InviteEmployer(admin.PersonId, workshop.GetPrimaryKeyString()));
        await AssertRefusedAsync("fair.employer_not_found", () => fair.InviteEmployer(admin.PersonId, TestOrganisations.NewId()));
        await AssertRefusedAsync("fair.forbidden", () => fair.InviteEmployer(helper.PersonId, employer.GetPrimaryKeyString()));
        await AssertRefusedAsync("fair.forbidden", () => fair.InviteEmployer(employerAdmin.PersonId, employer.GetPrimaryKeyString()));
        await AssertRefusedAsync("fair.invitation_not_found", () => fair.AcceptInvitation(employerAdmin.PersonId, employer.GetPrimaryKeyString(), new BoothSetup()));
        Assert.Empty((await fair.GetView()).Invitations);
    }

    [Fact]
    public async Task Accepting_checks_who_accepts_and_the_jobs_and_recruiters_chosen()
    {
        var (roomId, _, admin, _) = await Client.FairRoomAsync();
        var fair = Client.GetGrain<IFairGrain>(roomId);
        var (employer, employerAdmin) = await Client.CreatedAsync();
        var employerId = employer.GetPrimaryKeyString();
        var helper = await Client.JoinedAsync(employer, employerAdmin.PersonId, OrganisationRole.Helper);
        var draft = JobIds.New();
        await Client.GetGrain<IJobGrain>(draft).Create(employerAdmin.PersonId, employerId, TestFairs.Posting());
        var (other, otherAdmin) = await Client.CreatedAsync();
        var foreign = await Client.PublishedJobAsync(other, otherAdmin.PersonId);
        await fair.InviteEmployer(admin.PersonId, employerId);

        await AssertRefusedAsync("fair.forbidden", () => fair.AcceptInvitation(helper.PersonId, employerId, new BoothSetup()));
        await AssertRefusedAsync("fair.forbidden", () => fair.AcceptInvitation(otherAdmin.PersonId, employerId, new BoothSetup()));
        await AssertRefusedAsync("fair.forbidden", () => fair.DeclineInvitation(admin.PersonId, employerId));
        await AssertRefusedAsync("booth.unpublished_job", () => fair.AcceptInvitation(employerAdmin.PersonId, employerId, new BoothSetup { JobIds = [draft] }));
        await AssertRefusedAsync("booth.foreign_job", () => fair.AcceptInvitation(employerAdmin.PersonId, employerId, new BoothSetup { JobIds = [foreign] }));
        await AssertRefusedAsync("booth.not_recruiter", () => fair.AcceptInvitation(employerAdmin.PersonId, employerId, new BoothSetup { RecruiterIds = [helper.PersonId] }));

        Assert.Empty((await fair.GetView()).Booths);
        await AssertRefusedAsync("booth.not_found", () => Client.GetGrain<IBoothGrain>(BoothIds.For(roomId, employerId)).GetView());
    }

    [Fact]
    public async Task A_room_that_is_not_a_job_fair_has_no_fair()
    {
        var (roomId, _, admin, _) = await Client.FairRoomAsync(RoomKind.CharitySale);

        await AssertRefusedAsync("fair.not_found", () => Client.GetGrain<IFairGrain>(roomId).GetView());
        await AssertRefusedAsync("fair.not_found", () => Client.GetGrain<IFairGrain>(TestFairs.NewRoomId()).InviteEmployer(admin.PersonId, "org-any"));
    }

    [Fact]
    public async Task Room_staff_pin_a_booth_or_one_of_its_published_jobs()
    {
        var booth = await Client.BoothAsync();
        var helper = await Client.JoinedAsync(booth.Host, booth.HostAdmin.PersonId, OrganisationRole.Helper);
        var room = Client.GetGrain<IRoomGrain>(booth.RoomId);
        await booth.Employer.SetVerified(true, "platform-admin");

        await booth.Fair.PinJob(booth.HostStreamer.PersonId, booth.BoothId, booth.JobIds[0]);
        var pin = (await room.GetSnapshot()).Pin!;
        Assert.Equal((RoomPinKind.Job, "Data clerk", booth.BoothId, true, 2), (pin.Kind, pin.Job!.Title, pin.Job.Booth.BoothId, pin.Job.Booth.EmployerVerified, pin.Job.Booth.JobCount));

        await booth.Fair.PinBooth(helper.PersonId, booth.BoothId);
        Assert.Equal((RoomPinKind.Booth, booth.EmployerId), ((await room.GetSnapshot()).Pin!.Kind, (await room.GetSnapshot()).Pin!.Booth!.EmployerId));

        // The host's admin alone is not room staff; nor is the employer.
        await AssertRefusedAsync("fair.forbidden", () => booth.Fair.PinBooth(booth.HostAdmin.PersonId, booth.BoothId));
        await AssertRefusedAsync("fair.forbidden", () => booth.Fair.Unpin(booth.EmployerAdmin.PersonId));
        await AssertRefusedAsync("fair.booth_not_found", () => booth.Fair.PinBooth(helper.PersonId, BoothIds.For(booth.RoomId, TestOrganisations.NewId())));
        var (other, otherAdmin) = await Client.CreatedAsync();
        var foreign = await Client.PublishedJobAsync(other, otherAdmin.PersonId);
        await AssertRefusedAsync("fair.job_not_found", () => booth.Fair.PinJob(helper.PersonId, booth.BoothId, foreign));
        await Client.GetGrain<IJobGrain>(booth.JobIds[1]).Close(booth.EmployerAdmin.PersonId);
        await AssertRefusedAsync("fair.job_not_published", () => booth.Fair.PinJob(helper.PersonId, booth.BoothId, booth.JobIds[1]));

        await booth.Fair.Unpin(helper.PersonId);
        Assert.Null((await room.GetSnapshot()).Pin);
    }

    [Fact]
    public async Task The_report_is_live_until_the_room_ends_and_then_frozen()
    {
        var booth = await Client.BoothAsync();
        var room = Client.GetGrain<IRoomGrain>(booth.RoomId);
        await room.StartRoom();
        await room.AddViews(7);
        var (interviewed, _) = await Client.AppliedAsync(booth);
        await Client.AppliedAsync(booth);
        var call = await booth.Booth.CallNext(booth.Recruiter);
        await booth.Booth.Answer(interviewed.PersonId);
        await booth.Booth.EndInterview(booth.Recruiter, call.ApplicationId);
        await booth.Booth.RecordOutcome(booth.Recruiter, call.ApplicationId, new OutcomeInput { Outcome = ApplicationOutcome.Offer });

        await AssertRefusedAsync("fair.forbidden", () => booth.Fair.GetReport(booth.EmployerAdmin.PersonId));
        var live = await booth.Fair.GetReport(booth.HostStreamer.PersonId);
        Assert.False(live.Final);
        Assert.Equal((1, 7L, "春季招聘会 <script>"), (live.Employers, live.TotalViews, live.Title));
        Assert.Equal((2, 2, 1, 1, 1), (live.Totals.Jobs, live.Totals.Applications, live.Totals.Interviews, live.Totals.Offers, live.Totals.Waiting));
        Assert.Equal(live.Totals, Assert.Single(live.Booths).Stats);

        await room.EndRoom();
        var final = await booth.Fair.GetReport(booth.HostAdmin.PersonId);
        Assert.True(final.Final);

        // Changes after the end do not reach the frozen report.
        var (late, _) = await Client.AppliedAsync(booth, booth.JobIds[1]);
        await booth.Booth.Leave(late.PersonId);
        var again = await booth.Fair.GetReport(booth.HostAdmin.PersonId);
        Assert.Equal(final.GeneratedAt, again.GeneratedAt);
        Assert.Equal(final.Totals, again.Totals);
        Assert.Equal(3, (await booth.Booth.GetStats()).Applications);
    }

    [Fact]
    public async Task An_employer_lists_the_fairs_that_invited_it()
    {
        var (roomId, _, admin, _) = await Client.FairRoomAsync();
        var (employer, employerAdmin) = await Client.CreatedAsync();
        var employerId = employer.GetPrimaryKeyString();
        var fair = Client.GetGrain<IFairGrain>(roomId);
        await fair.InviteEmployer(admin.PersonId, employerId);
        await fair.DeclineInvitation(employerAdmin.PersonId, employerId);

        await using var database = new Silo.Storage.LiveFairDatabase(new Silo.Storage.DatabaseOptions { Provider = Silo.Storage.DatabaseProvider.Sqlite, ConnectionString = fixture.ConnectionString });
        var index = new Silo.Fairs.FairInvitationIndex(database);
        var entry = Assert.Single(await index.ListForEmployerAsync(employerId));
        Assert.Equal((roomId, FairInvitationStatus.Declined, "春季招聘会 <script>"), (entry.RoomId, entry.Status, entry.RoomTitle));

        await fair.InviteEmployer(admin.PersonId, employerId);
        await fair.WithdrawInvitation(admin.PersonId, employerId);
        Assert.Empty(await index.ListForEmployerAsync(employerId));
    }
}
