using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// One employer's booth in one fair: its queue, calls, interviews and outcomes. The queue lives in memory and
/// is rebuilt from the application index on activation; the grain handles one call at a time, so two
/// recruiters calling at once always get different people. Calls go from here to application, job, person
/// and organisation grains, never back, so no call cycle can form. Logs carry ids only.
/// </summary>
public sealed partial class BoothGrain : Grain, IBoothGrain
{
    private readonly IPersistentState<BoothState> _state;
    private readonly BoothOptions _options;
    private readonly TimeProvider _time;
    private readonly ApplicationIndex _index;
    private readonly ILogger<BoothGrain> _logger;
    private readonly ObserverManager<IBoothObserver, IBoothObserver> _nodes;

    // Waiting people in ticket order; tickets only grow, so appending keeps the order and a binary search finds a place.
    private readonly List<QueueEntry> _waiting = [];
    private readonly Dictionary<string, QueueEntry> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueueEntry> _byPerson = new(StringComparer.Ordinal);

    // Applications made since activation, in case the index missed one; the index answers for older ones.
    private readonly HashSet<(string PersonId, string JobId)> _appliedHere = [];
    private readonly Dictionary<string, string> _recruiterNames = new(StringComparer.Ordinal);
    private long _lastTicket;
    private long _applications;
    private long _sequence;
    private IGrainTimer? _sweep;

    public BoothGrain(
        [PersistentState("booth", LiveFairStorage.Name)] IPersistentState<BoothState> state,
        IOptions<BoothOptions> options,
        TimeProvider time,
        ApplicationIndex index,
        ILogger<BoothGrain> logger)
    {
        _state = state;
        _options = options.Value;
        _time = time;
        _index = index;
        _logger = logger;
        _nodes = new ObserverManager<IBoothObserver, IBoothObserver>(_options.SubscriptionExpiry, logger);
    }

    private string BoothId => this.GetPrimaryKeyString();

    private BoothState State => _state.State;

    private bool Exists => State.Setup is not null;

    private string RoomId => BoothIds.TryParse(BoothId, out var roomId, out _) ? roomId : "";

    private string EmployerId => BoothIds.TryParse(BoothId, out _, out var employerId) ? employerId : "";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return;
        }

        // Continue above every ticket this booth may have handed out before it stopped.
        _lastTicket = State.TicketsReservedThrough;
        _applications = State.Applications + await _index.CountForBoothAfterTicketAsync(BoothId, State.CountedThroughTicket, cancellationToken);
        foreach (var row in await _index.ListOpenForBoothAsync(BoothId, cancellationToken))
        {
            Add(QueueEntry.From(row, State.Settings.AnswerTime));
        }

        StartSweep();
    }

    public async Task<BoothView> Create(string employerName, BoothSetup setup)
    {
        if (Exists)
        {
            return View();
        }

        if (!BoothIds.TryParse(BoothId, out _, out _))
        {
            DeactivateOnIdle();
            throw BoothErrors.InvalidId();
        }

        var validated = BoothRules.Setup(setup);
        var name = Rooms.TextRules.Required(employerName, BoothRules.MaxName * 2, "Employer name", "booth.employer_name");
        var now = _time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.Setup = validated;
            s.EmployerName = name;
            s.CreatedAt = now;
        });
        LogCreated(BoothId);
        StartSweep();
        return View();
    }

    public Task<BoothView> GetView()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public async Task<BoothView> UpdateSetup(string actorId, BoothSetup setup)
    {
        EnsureExists();
        if (!(await RolesAsync(actorId)).Contains(OrganisationRole.Admin))
        {
            throw BoothErrors.AdminsOnly();
        }

        var validated = await BoothSetupCheck.ValidateAsync(GrainFactory, EmployerId, setup);
        await PersistAsync(s => s.Setup = validated);

        // The number of recruiters changes the estimate of every place.
        NotifyQueue();
        return View();
    }

    public async Task<BoothView> UpdateSettings(string actorId, BoothSettings settings)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var validated = BoothRules.Settings(settings);
        await PersistAsync(s => s.Settings = validated);
        return View();
    }

    public async Task<BoothView> SetStatus(string actorId, BoothStatus status)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var validated = BoothRules.Status(status);
        if (validated != State.Status)
        {
            await PersistAsync(s => s.Status = validated);
            NotifyQueue();
        }

        return View();
    }

    public async Task<QueuePlace> Apply(Applicant applicant, ApplyInput input)
    {
        EnsureExists();
        var who = BoothRules.Applicant(applicant);
        var what = BoothRules.Apply(input);
        switch (State.Status)
        {
            case BoothStatus.Paused:
                throw BoothErrors.Paused();
            case BoothStatus.Closed:
                throw BoothErrors.Closed();
        }

        if (_waiting.Count >= State.Settings.Capacity)
        {
            throw BoothErrors.Full();
        }

        if (_byPerson.ContainsKey(who.PersonId))
        {
            throw BoothErrors.AlreadyQueued();
        }

        var job = await PublishedJobAsync(what.JobId);
        if (_appliedHere.Contains((who.PersonId, job.JobId))
            || (await _index.ListForPersonAsync(who.PersonId)).Any(e => e.JobId == job.JobId))
        {
            throw BoothErrors.AlreadyApplied();
        }

        var person = GrainFactory.GetGrain<IPersonGrain>(who.PersonId);
        if (!(await person.GetAccess()).Exists)
        {
            throw BoothErrors.PersonNotFound();
        }

        if (_lastTicket + 1 > State.TicketsReservedThrough)
        {
            var through = _lastTicket + _options.TicketBlockSize;
            await PersistAsync(s => s.TicketsReservedThrough = through);
        }

        var ticket = ++_lastTicket;
        var applicationId = ApplicationIds.New();
        var now = _time.GetUtcNow();

        // The choice is recorded first: a choice for an application that was never created is harmless, an
        // application whose choice is missing would hide the applicant's profile from the recruiter.
        await person.RecordDisclosure(new DisclosureChoice { ApplicationId = applicationId, OrganisationId = EmployerId, ShareDisability = what.ShareDisability });
        await GrainFactory.GetGrain<IApplicationGrain>(applicationId).Create(new ApplicationRecord
        {
            ApplicationId = applicationId,
            PersonId = who.PersonId,
            ApplicantName = who.DisplayName,
            RoomId = RoomId,
            BoothId = BoothId,
            EmployerId = EmployerId,
            EmployerName = State.EmployerName,
            JobId = job.JobId,
            JobTitle = job.Posting.Title,
            Ticket = ticket,
            SharedDisability = what.ShareDisability,
            AppliedAt = now,
        });
        _applications++;
        _appliedHere.Add((who.PersonId, job.JobId));
        var entry = new QueueEntry
        {
            ApplicationId = applicationId,
            PersonId = who.PersonId,
            ApplicantName = who.DisplayName,
            JobId = job.JobId,
            JobTitle = job.Posting.Title,
            Ticket = ticket,
            JoinedAt = now,
            SharedDisability = what.ShareDisability,
        };
        Add(entry);
        LogApplied(BoothId, applicationId);

        // A join at the end of the line moves nobody: the count is enough.
        Send(new BoothUpdate { BoothId = BoothId, Sequence = ++_sequence, Waiting = _waiting.Count });
        return PlaceOf(entry);
    }

    public async Task<QueuePlace> Leave(string personId)
    {
        EnsureExists();
        if (!_byPerson.TryGetValue(personId, out var entry) || entry.Status == ApplicationStatus.Interviewing)
        {
            return Place(personId);
        }

        await GrainFactory.GetGrain<IApplicationGrain>(entry.ApplicationId).SetStatus(ApplicationStatus.Left);
        Remove(entry);
        NotifyQueue();
        return Place(personId);
    }

    public Task<QueuePlace> GetPlace(string personId)
    {
        EnsureExists();
        return Task.FromResult(Place(personId));
    }

    public Task SetPresence(string personId, bool connected)
    {
        EnsureExists();
        if (_byPerson.TryGetValue(personId, out var entry) && entry.Status != ApplicationStatus.Interviewing && entry.Connected != connected)
        {
            entry.Connected = connected;
            entry.AwaySince = connected ? null : _time.GetUtcNow();
        }

        return Task.CompletedTask;
    }

    public async Task<bool> IsRecruiter(string personId)
    {
        EnsureExists();
        return await IsRecruiterAsync(personId);
    }

    public Task<BoothStats> GetStats()
    {
        EnsureExists();
        return Task.FromResult(Stats());
    }

    public Task Subscribe(IBoothObserver node)
    {
        ArgumentNullException.ThrowIfNull(node);
        EnsureExists();
        _nodes.Subscribe(node, node);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IBoothObserver node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _nodes.Unsubscribe(node);
        return Task.CompletedTask;
    }

    public async Task ForgetPerson(string personId)
    {
        if (!Exists)
        {
            DeactivateOnIdle();
            return;
        }

        _appliedHere.RemoveWhere(applied => applied.PersonId == personId);
        _recruiterNames.Remove(personId);
        if (_byPerson.TryGetValue(personId, out var entry))
        {
            Remove(entry);
            NotifyQueue();
        }

        if (State.Setup!.RecruiterIds.Contains(personId))
        {
            var setup = State.Setup with { RecruiterIds = [.. State.Setup.RecruiterIds.Where(id => id != personId)] };
            await PersistAsync(s => s.Setup = setup);
        }

        LogForgotten(BoothId, personId);
    }

    private async Task<JobView> PublishedJobAsync(string jobId)
    {
        if (!State.Setup!.JobIds.Contains(jobId))
        {
            throw BoothErrors.JobNotFound();
        }

        JobView job;
        try
        {
            job = await GrainFactory.GetGrain<IJobGrain>(jobId).GetView();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            throw BoothErrors.JobNotFound();
        }

        return job.OrganisationId != EmployerId ? throw BoothErrors.JobNotFound()
            : job.Status != JobStatus.Published ? throw BoothErrors.JobNotPublished()
            : job;
    }

    private void StartSweep() =>
        _sweep ??= this.RegisterGrainTimer(
            SweepAsync,
            new GrainTimerCreationOptions(_options.SweepInterval, _options.SweepInterval) { KeepAlive = false });

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<BoothState> change)
    {
        try
        {
            await _state.WriteOrRestoreAsync(s =>
            {
                change(s);
                s.Applications = _applications;
                s.CountedThroughTicket = _lastTicket;
                s.Version++;
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, BoothId);
            throw;
        }
    }

    private void Add(QueueEntry entry)
    {
        _open[entry.ApplicationId] = entry;
        _byPerson[entry.PersonId] = entry;
        if (entry.Status == ApplicationStatus.Waiting)
        {
            _waiting.Add(entry);
        }
    }

    private void Remove(QueueEntry entry)
    {
        _open.Remove(entry.ApplicationId);
        _byPerson.Remove(entry.PersonId);
        if (entry.Status == ApplicationStatus.Waiting && WaitingIndex(entry.Ticket) is var index and >= 0)
        {
            _waiting.RemoveAt(index);
        }
    }

    private int WaitingIndex(long ticket)
    {
        int low = 0, high = _waiting.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = _waiting[middle].Ticket;
            if (found == ticket)
            {
                return middle;
            }

            if (found < ticket)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>The wait per place in line: the recent interviews' average length shared by the booth's recruiters.</summary>
    private TimeSpan PerPlace()
    {
        var lengths = State.RecentInterviewLengths;
        var average = lengths.Count == 0
            ? BoothLimits.DefaultInterviewLength
            : TimeSpan.FromTicks((long)lengths.Average(length => length.Ticks));
        return average / Math.Max(1, State.Setup?.RecruiterIds.Count ?? 0);
    }

    private QueuePlace Place(string personId) =>
        _byPerson.TryGetValue(personId, out var entry)
            ? PlaceOf(entry)
            : new QueuePlace { BoothId = BoothId, State = QueueState.None, Waiting = _waiting.Count, BoothStatus = State.Status };

    private QueuePlace PlaceOf(QueueEntry entry)
    {
        var place = new QueuePlace
        {
            BoothId = BoothId,
            State = QueueState.None,
            ApplicationId = entry.ApplicationId,
            Ticket = entry.Ticket,
            Waiting = _waiting.Count,
            BoothStatus = State.Status,
        };
        return entry.Status switch
        {
            ApplicationStatus.Waiting when WaitingIndex(entry.Ticket) is var index and >= 0 =>
                place with { State = QueueState.Waiting, Position = index + 1, EstimatedWait = PerPlace() * (index + 1) },
            ApplicationStatus.Called => place with { State = QueueState.Called, AnswerBy = entry.AnswerBy },
            ApplicationStatus.Interviewing => place with { State = QueueState.Interviewing },
            _ => place,
        };
    }

    private BoothQueueState QueueSnapshot() => new()
    {
        BoothId = BoothId,
        Status = State.Status,
        Waiting = [.. _waiting.Select(e => e.Ticket)],
        Called = [.. _open.Values.Where(e => e.Status == ApplicationStatus.Called).OrderBy(e => e.Ticket)
            .Select(e => new CalledTicket { Ticket = e.Ticket, AnswerBy = e.AnswerBy!.Value })],
        Interviewing = [.. _open.Values.Where(e => e.Status == ApplicationStatus.Interviewing).Select(e => e.Ticket).Order()],
        PerPlace = PerPlace(),
    };

    private BoothView View() => new()
    {
        BoothId = BoothId,
        RoomId = RoomId,
        EmployerId = EmployerId,
        EmployerName = State.EmployerName,
        Status = State.Status,
        JobIds = State.Setup!.JobIds,
        RecruiterCount = State.Setup.RecruiterIds.Count,
        Waiting = _waiting.Count,
        Settings = State.Settings,
        EstimatedWait = PerPlace() * (_waiting.Count + 1),
    };

    private BoothStats Stats() => new()
    {
        Jobs = State.Setup!.JobIds.Count,
        Applications = (int)_applications,
        Interviews = State.Interviews,
        Intentions = State.Intentions,
        Offers = State.Offers,
        NotSuitable = State.NotSuitable,
        NoShows = State.NoShows,
        Waiting = _waiting.Count,
    };

    /// <summary>Anything that can move places sends the whole queue (tickets only, no person ids).</summary>
    private void NotifyQueue() =>
        Send(new BoothUpdate { BoothId = BoothId, Sequence = ++_sequence, Queue = QueueSnapshot(), Waiting = _waiting.Count });

    private void NotifyInterview(QueueEntry entry, InterviewEventKind kind, InterviewMessage? message = null, bool fromApplicant = false, InterviewView? interview = null) =>
        NotifyInterview(entry.ApplicationId, entry.PersonId, entry.RecruiterId ?? "", kind, message, fromApplicant, interview);

    private void NotifyInterview(
        string applicationId, string applicantId, string recruiterId, InterviewEventKind kind,
        InterviewMessage? message = null, bool fromApplicant = false, InterviewView? interview = null) =>
        Send(new BoothUpdate
        {
            BoothId = BoothId,
            Sequence = ++_sequence,
            Waiting = _waiting.Count,
            Interview = new InterviewEvent
            {
                ApplicationId = applicationId,
                ApplicantId = applicantId,
                RecruiterId = recruiterId,
                Kind = kind,
                Message = message,
                FromApplicant = fromApplicant,
                Interview = interview,
            },
        });

    private void Send(BoothUpdate update) => _nodes.Notify(node => node.OnBoothUpdate(update));

    private async Task<IReadOnlyList<OrganisationRole>> RolesAsync(string? personId)
    {
        if (string.IsNullOrEmpty(personId))
        {
            return [];
        }

        try
        {
            return await GrainFactory.GetGrain<IOrganisationGrain>(EmployerId).GetRoles(personId);
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            return [];
        }
    }

    /// <summary>A booth recruiter who still holds the Recruiter role, or any admin of the employer; asked every time.</summary>
    private async Task<bool> IsRecruiterAsync(string? personId)
    {
        var roles = await RolesAsync(personId);
        return roles.Contains(OrganisationRole.Admin)
            || (roles.Contains(OrganisationRole.Recruiter) && State.Setup!.RecruiterIds.Contains(personId!));
    }

    private async Task RequireRecruiterAsync(string? actorId)
    {
        if (!await IsRecruiterAsync(actorId))
        {
            throw BoothErrors.Forbidden();
        }
    }

    private async Task<string> RecruiterNameAsync(string recruiterId)
    {
        if (_recruiterNames.TryGetValue(recruiterId, out var cached))
        {
            return cached;
        }

        var members = await GrainFactory.GetGrain<IOrganisationGrain>(EmployerId).GetMembers(recruiterId);
        var name = members.FirstOrDefault(m => m.Person.PersonId == recruiterId)?.Person.DisplayName ?? "";
        _recruiterNames[recruiterId] = name;
        return name;
    }

    private void EnsureExists()
    {
        if (!Exists)
        {
            // Nothing to keep in memory for an id nobody created.
            DeactivateOnIdle();
            throw BoothErrors.NotFound(BoothId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId} created")]
    private partial void LogCreated(string boothId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId}: application {ApplicationId} joined the queue")]
    private partial void LogApplied(string boothId, string applicationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booth {BoothId} forgot erased person {PersonId}")]
    private partial void LogForgotten(string boothId, string personId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Booth {BoothId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string boothId);
}
