using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Fairs;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>The SQL of <see cref="ApplicationIndex"/> and <see cref="FairInvitationIndex"/>, run against each database by the derived classes.</summary>
public abstract class FairReadModelContractTests(IDatabaseFixture fixture)
{
    private static readonly DateTimeOffset Applied = new(2026, 5, 20, 1, 30, 15, 123, TimeSpan.Zero);
    private readonly ApplicationIndex _applications = new(fixture.Database);
    private readonly FairInvitationIndex _invitations = new(fixture.Database);

    [Fact]
    public async Task Every_application_column_round_trips_and_a_stale_write_changes_nothing()
    {
        var full = Entry(NewId(), NewId(), "booth-a", ticket: 7, version: 5) with
        {
            ApplicantName = "李明 <script>",
            EmployerName = "<b>珠江</b>",
            SharedDisability = true,
            Status = ApplicationStatus.Interviewed,
            Outcome = ApplicationOutcome.Intention,
            RecruiterId = "person-r",
            RecruiterName = "王芳",
            InterviewStartedAt = Applied.AddMinutes(3),
            UpdatedAt = Applied.AddMinutes(9),
        };
        var bare = Entry(NewId(), NewId(), "booth-a", ticket: 8, version: 1);

        await _applications.UpsertAsync(full);
        await _applications.UpsertAsync(bare);
        await _applications.UpsertAsync(full with { Version = 4, Status = ApplicationStatus.Waiting, Outcome = null });
        await _applications.UpsertAsync(full with { Status = ApplicationStatus.Left });

        var read = Assert.Single(await _applications.ListForPersonAsync(full.PersonId));
        Assert.Equal(full, read);
        Assert.Equal(TimeSpan.Zero, read.AppliedAt.Offset);
        Assert.Equal(bare, Assert.Single(await _applications.ListForPersonAsync(bare.PersonId)));

        await _applications.UpsertAsync(full with { Version = 6, Outcome = ApplicationOutcome.Offer });
        Assert.Equal(ApplicationOutcome.Offer, Assert.Single(await _applications.ListForPersonAsync(full.PersonId)).Outcome);
    }

    [Fact]
    public async Task A_person_sees_their_applications_newest_first_and_erasure_deletes_them()
    {
        var person = NewId();
        var older = Entry(NewId(), person, "booth-a", 1, 1);
        var newer = Entry(NewId(), person, "booth-b", 1, 1) with { AppliedAt = Applied.AddHours(1) };
        await _applications.UpsertAsync(older);
        await _applications.UpsertAsync(newer);
        await _applications.UpsertAsync(Entry(NewId(), NewId(), "booth-a", 2, 1));

        Assert.Equal([newer.ApplicationId, older.ApplicationId], (await _applications.ListForPersonAsync(person)).Select(e => e.ApplicationId));

        await _applications.DeleteAsync(older.ApplicationId);
        Assert.Equal(newer.ApplicationId, Assert.Single(await _applications.ListForPersonAsync(person)).ApplicationId);
    }

    [Fact]
    public async Task A_booth_rebuilds_its_open_applications_in_ticket_order_and_counts_new_tickets()
    {
        var booth = NewId();
        var statuses = new[]
        {
            (Ticket: 5L, Status: ApplicationStatus.Waiting),
            (Ticket: 2L, Status: ApplicationStatus.Called),
            (Ticket: 9L, Status: ApplicationStatus.Interviewing),
            (Ticket: 1L, Status: ApplicationStatus.Interviewed),
            (Ticket: 3L, Status: ApplicationStatus.Left),
            (Ticket: 4L, Status: ApplicationStatus.NoShow),
            (Ticket: 7L, Status: ApplicationStatus.Waiting),
        };
        foreach (var (ticket, status) in statuses)
        {
            await _applications.UpsertAsync(Entry(NewId(), NewId(), booth, ticket, 1) with
            {
                Status = status,
                RecruiterId = ticket == 3 ? "person-r" : null,
                UpdatedAt = Applied.AddMinutes(ticket),
            });
        }

        await _applications.UpsertAsync(Entry(NewId(), NewId(), NewId(), 6, 1));

        Assert.Equal([2L, 5L, 7L, 9L], (await _applications.ListOpenForBoothAsync(booth)).Select(e => e.Ticket));
        Assert.Equal(3, await _applications.CountForBoothAfterTicketAsync(booth, 4));
        Assert.Equal(7, await _applications.CountForBoothAfterTicketAsync(booth, 0));

        // Finished: interviewed, no-show and left after a call (ticket 3 has a recruiter), newest change first.
        Assert.Equal([4L, 3L, 1L], (await _applications.ListRecentFinishedForBoothAsync(booth, 10)).Select(e => e.Ticket));
        Assert.Equal([4L], (await _applications.ListRecentFinishedForBoothAsync(booth, 1)).Select(e => e.Ticket));
    }

    [Fact]
    public async Task An_employer_lists_its_invitations_newest_first_and_a_withdrawn_one_disappears()
    {
        var employer = NewId();
        var older = Invitation(NewId(), employer, version: 1, Applied);
        var newer = Invitation(NewId(), employer, version: 1, Applied.AddDays(1)) with { RoomTitle = "秋季 <b>招聘会</b>" };
        await _invitations.UpsertAsync(older);
        await _invitations.UpsertAsync(newer);
        await _invitations.UpsertAsync(Invitation(NewId(), NewId(), 1, Applied));

        Assert.Equal([newer, older], await _invitations.ListForEmployerAsync(employer));

        await _invitations.UpsertAsync(older with { Version = 3, Status = FairInvitationStatus.Accepted });
        await _invitations.UpsertAsync(older with { Version = 2, Status = FairInvitationStatus.Declined });
        Assert.Equal(FairInvitationStatus.Accepted, (await _invitations.ListForEmployerAsync(employer))[1].Status);

        await _invitations.DeleteAsync(newer.RoomId, employer);
        Assert.Equal(older.RoomId, Assert.Single(await _invitations.ListForEmployerAsync(employer)).RoomId);
    }

    private string NewId() => $"{fixture.KeyPrefix}-{Guid.NewGuid():N}"[..48];

    private static ApplicationIndexEntry Entry(string applicationId, string personId, string boothId, long ticket, long version) => new()
    {
        ApplicationId = applicationId,
        Version = version,
        PersonId = personId,
        ApplicantName = "李明",
        RoomId = "fair-0123456789",
        BoothId = boothId,
        EmployerId = "org-prt",
        EmployerName = "Pearl River Tech",
        JobId = "job-0123456789",
        JobTitle = "Data clerk",
        Ticket = ticket,
        AppliedAt = Applied,
        UpdatedAt = Applied,
    };

    private static FairInvitationIndexEntry Invitation(string roomId, string employerId, long version, DateTimeOffset invitedAt) => new()
    {
        RoomId = roomId,
        EmployerId = employerId,
        Version = version,
        Status = FairInvitationStatus.Invited,
        RoomTitle = "春季招聘会",
        InvitedAt = invitedAt,
    };
}
