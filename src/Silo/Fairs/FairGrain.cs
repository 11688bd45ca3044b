using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// The job fair side of a room of kind JobFair: invitations, booths, pins and the report. The room stays the
/// source of truth for the host and the status, read on every call. Calls go from here to room, booth, job and
/// organisation grains, never back. Logs carry ids only.
/// </summary>
public sealed partial class FairGrain(
    [PersistentState("fair", LiveFairStorage.Name)] IPersistentState<FairState> state,
    TimeProvider time,
    FairInvitationIndex index,
    ILogger<FairGrain> logger) : Grain, IFairGrain
{
    /// <summary>Every employer invited is one row in the fair's state; this keeps it bounded.</summary>
    public const int MaxInvitations = 500;

    private string RoomId => this.GetPrimaryKeyString();

    private FairState State => state.State;

    public async Task<FairView> GetView()
    {
        var room = await RoomAsync();
        return new FairView
        {
            RoomId = RoomId,
            HostOrganisationId = room.Details.HostOrganisationId,
            Invitations = [.. State.Invitations],
            Booths = [.. State.Booths],
        };
    }

    public async Task<FairInvitation> InviteEmployer(string actorId, string employerId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Admin, OrganisationRole.Streamer);
        NotEnded(room);
        var existing = State.Invitations.Find(i => i.EmployerId == employerId);
        if (existing is { Status: FairInvitationStatus.Invited or FairInvitationStatus.Accepted })
        {
            return existing;
        }

        var employer = await EmployerAsync(employerId);
        if (employer.Profile.Kind != OrganisationKind.Employer)
        {
            throw FairErrors.NotEmployer();
        }

        if (existing is null && State.Invitations.Count >= MaxInvitations)
        {
            throw FairErrors.TooManyInvitations();
        }

        var invitation = new FairInvitation
        {
            EmployerId = employerId,
            EmployerName = employer.Profile.Name,
            Status = FairInvitationStatus.Invited,
            InvitedAt = time.GetUtcNow(),
        };
        await PersistAsync(s => Replace(s, invitation));
        LogInvited(RoomId, employerId, actorId);
        await ProjectAsync(room, invitation);
        return invitation;
    }

    public async Task WithdrawInvitation(string actorId, string employerId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Admin, OrganisationRole.Streamer);
        var existing = State.Invitations.Find(i => i.EmployerId == employerId) ?? throw FairErrors.InvitationNotFound();
        if (existing.Status == FairInvitationStatus.Accepted)
        {
            throw FairErrors.AlreadyAccepted();
        }

        await PersistAsync(s => s.Invitations.Remove(existing));
        try
        {
            await index.DeleteAsync(RoomId, employerId);
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            LogProjectionFailed(exception, RoomId);
        }
    }

    public async Task<BoothView> AcceptInvitation(string actorId, string employerId, BoothSetup setup)
    {
        var room = await RoomAsync();
        var invitation = await InvitationForEmployerAsync(actorId, employerId);
        var booth = GrainFactory.GetGrain<IBoothGrain>(BoothIds.For(RoomId, employerId));
        switch (invitation.Status)
        {
            case FairInvitationStatus.Accepted:
                return await booth.GetView();
            case FairInvitationStatus.Declined:
                throw FairErrors.Declined();
        }

        NotEnded(room);
        var validated = await BoothSetupCheck.ValidateAsync(GrainFactory, employerId, setup);

        // The booth first: creating it again changes nothing, so a retry after a failed write here is safe.
        var view = await booth.Create(invitation.EmployerName, validated);
        var accepted = invitation with { Status = FairInvitationStatus.Accepted, AnsweredAt = time.GetUtcNow() };
        await PersistAsync(s =>
        {
            Replace(s, accepted);
            s.Booths.RemoveAll(b => b.EmployerId == employerId);
            s.Booths.Add(new BoothSummary { BoothId = view.BoothId, EmployerId = employerId, EmployerName = view.EmployerName, JobIds = view.JobIds });
        });
        LogAccepted(RoomId, employerId, actorId);
        await ProjectAsync(room, accepted);
        return view;
    }

    public async Task DeclineInvitation(string actorId, string employerId)
    {
        var room = await RoomAsync();
        var invitation = await InvitationForEmployerAsync(actorId, employerId);
        switch (invitation.Status)
        {
            case FairInvitationStatus.Accepted:
                throw FairErrors.AlreadyAccepted();
            case FairInvitationStatus.Declined:
                return;
        }

        var declined = invitation with { Status = FairInvitationStatus.Declined, AnsweredAt = time.GetUtcNow() };
        await PersistAsync(s => Replace(s, declined));
        await ProjectAsync(room, declined);
    }

    public async Task PinJob(string actorId, string boothId, string jobId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Streamer, OrganisationRole.Helper);
        var (booth, card) = await PinnedBoothAsync(boothId);
        if (!booth.JobIds.Contains(jobId))
        {
            throw FairErrors.JobNotInBooth();
        }

        var job = await GrainFactory.GetGrain<IJobGrain>(jobId).GetView();
        if (job.Status != JobStatus.Published)
        {
            throw FairErrors.JobNotPublished();
        }

        var posting = job.Posting;
        await GrainFactory.GetGrain<IRoomGrain>(RoomId).SetPin(new RoomPin
        {
            Kind = RoomPinKind.Job,
            PinnedAt = time.GetUtcNow(),
            Job = new PinnedJob
            {
                JobId = job.JobId,
                Booth = card,
                Title = posting.Title,
                City = posting.City,
                WorkMode = posting.WorkMode,
                SalaryMin = posting.SalaryMin,
                SalaryMax = posting.SalaryMax,
                Headcount = posting.Headcount,
                Benefits = posting.Benefits,
                Accommodations = posting.Accommodations,
                SuitableCategories = posting.SuitableCategories,
            },
        });
    }

    public async Task PinBooth(string actorId, string boothId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Streamer, OrganisationRole.Helper);
        var (_, card) = await PinnedBoothAsync(boothId);
        await GrainFactory.GetGrain<IRoomGrain>(RoomId).SetPin(new RoomPin { Kind = RoomPinKind.Booth, PinnedAt = time.GetUtcNow(), Booth = card });
    }

    public async Task Unpin(string actorId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Streamer, OrganisationRole.Helper);
        await GrainFactory.GetGrain<IRoomGrain>(RoomId).SetPin(null);
    }

    public async Task<FairReport> GetReport(string actorId)
    {
        var room = await RoomAsync();
        await RequireHostAsync(room, actorId, OrganisationRole.Admin, OrganisationRole.Streamer);
        if (State.FinalReport is { } final)
        {
            return final;
        }

        var lines = new List<BoothReportLine>();
        foreach (var booth in State.Booths)
        {
            var stats = await GrainFactory.GetGrain<IBoothGrain>(booth.BoothId).GetStats();
            lines.Add(new BoothReportLine { BoothId = booth.BoothId, EmployerName = booth.EmployerName, Stats = stats });
        }

        var report = new FairReport
        {
            RoomId = RoomId,
            Title = room.Details.Title,
            Final = room.Status == RoomStatus.Ended,
            GeneratedAt = time.GetUtcNow(),
            CurrentViewers = room.Viewers,
            PeakViewers = room.PeakViewers,
            TotalViews = room.TotalViews,
            Employers = lines.Count,
            Totals = Sum(lines.Select(l => l.Stats)),
            Booths = lines,
        };
        if (report.Final)
        {
            // Frozen: the numbers of an ended fair must not change between two downloads.
            await PersistAsync(s => s.FinalReport = report);
        }

        return report;
    }

    private static BoothStats Sum(IEnumerable<BoothStats> all) =>
        all.Aggregate(new BoothStats(), (sum, s) => new BoothStats
        {
            Jobs = sum.Jobs + s.Jobs,
            Applications = sum.Applications + s.Applications,
            Interviews = sum.Interviews + s.Interviews,
            Intentions = sum.Intentions + s.Intentions,
            Offers = sum.Offers + s.Offers,
            NotSuitable = sum.NotSuitable + s.NotSuitable,
            NoShows = sum.NoShows + s.NoShows,
            Waiting = sum.Waiting + s.Waiting,
        });

    private static void Replace(FairState s, FairInvitation invitation)
    {
        var index = s.Invitations.FindIndex(i => i.EmployerId == invitation.EmployerId);
        if (index >= 0)
        {
            s.Invitations[index] = invitation;
        }
        else
        {
            s.Invitations.Add(invitation);
        }
    }

    private static void NotEnded(RoomSnapshot room)
    {
        if (room.Status == RoomStatus.Ended)
        {
            throw FairErrors.Ended();
        }
    }

    /// <summary>The invitation of <paramref name="employerId"/>, for one of its admins or recruiters.</summary>
    private async Task<FairInvitation> InvitationForEmployerAsync(string actorId, string employerId)
    {
        var invitation = State.Invitations.Find(i => i.EmployerId == employerId) ?? throw FairErrors.InvitationNotFound();
        var roles = await RolesAsync(employerId, actorId);
        return roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Recruiter)
            ? invitation
            : throw FairErrors.Forbidden();
    }

    private async Task<(BoothView Booth, PinnedBooth Card)> PinnedBoothAsync(string boothId)
    {
        var summary = State.Booths.Find(b => b.BoothId == boothId) ?? throw FairErrors.BoothNotFound();
        var booth = await GrainFactory.GetGrain<IBoothGrain>(summary.BoothId).GetView();
        var employer = await GrainFactory.GetGrain<IOrganisationGrain>(summary.EmployerId).GetView();
        return (booth, new PinnedBooth
        {
            BoothId = booth.BoothId,
            EmployerId = booth.EmployerId,
            EmployerName = employer.Profile.Name,
            EmployerVerified = employer.Verified,
            JobCount = booth.JobIds.Count,
        });
    }

    /// <summary>The room behind the fair; NotFound unless it exists and is a job fair.</summary>
    private async Task<RoomSnapshot> RoomAsync()
    {
        try
        {
            var room = await GrainFactory.GetGrain<IRoomGrain>(RoomId).GetSnapshot();
            if (room.Details.Kind == RoomKind.JobFair)
            {
                return room;
            }
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
        }

        DeactivateOnIdle();
        throw FairErrors.NotFound(RoomId);
    }

    private async Task<OrganisationView> EmployerAsync(string employerId)
    {
        if (!OrganisationIds.IsValid(employerId))
        {
            throw FairErrors.EmployerNotFound();
        }

        try
        {
            return await GrainFactory.GetGrain<IOrganisationGrain>(employerId).GetView();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            throw FairErrors.EmployerNotFound();
        }
    }

    private async Task RequireHostAsync(RoomSnapshot room, string actorId, params OrganisationRole[] allowed)
    {
        var roles = await RolesAsync(room.Details.HostOrganisationId, actorId);
        if (!roles.Any(allowed.Contains))
        {
            throw FairErrors.Forbidden();
        }
    }

    private async Task<IReadOnlyList<OrganisationRole>> RolesAsync(string organisationId, string? personId)
    {
        if (string.IsNullOrEmpty(personId) || !OrganisationIds.IsValid(organisationId))
        {
            return [];
        }

        try
        {
            return await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).GetRoles(personId);
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            return [];
        }
    }

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<FairState> change)
    {
        try
        {
            await state.WriteOrRestoreAsync(s =>
            {
                change(s);
                s.Version++;
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, RoomId);
            throw;
        }
    }

    private async Task ProjectAsync(RoomSnapshot room, FairInvitation invitation)
    {
        try
        {
            await index.UpsertAsync(new FairInvitationIndexEntry
            {
                RoomId = RoomId,
                EmployerId = invitation.EmployerId,
                Version = State.Version,
                Status = invitation.Status,
                RoomTitle = room.Details.Title,
                InvitedAt = invitation.InvitedAt,
            });
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            // The fair has already persisted the change; the index catches up on the invitation's next change.
            LogProjectionFailed(exception, RoomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {RoomId}: employer {EmployerId} invited by {ActorId}")]
    private partial void LogInvited(string roomId, string employerId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {RoomId}: employer {EmployerId} accepted through {ActorId}")]
    private partial void LogAccepted(string roomId, string employerId, string actorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fair {RoomId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fair {RoomId} could not update the invitation index")]
    private partial void LogProjectionFailed(Exception exception, string roomId);
}
