using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;

namespace LiveFair.Silo.Fairs;

/// <summary>Calls, the 1:1 interviews, outcomes and what recruiters read.</summary>
public sealed partial class BoothGrain
{
    public async Task<BoothCall> CallNext(string actorId)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        if (_waiting.Count == 0)
        {
            throw BoothErrors.QueueEmpty();
        }

        var call = await CallFirstAsync(actorId);
        NotifyQueue();
        return call;
    }

    public async Task<InterviewView> Answer(string personId)
    {
        EnsureExists();
        if (!_byPerson.TryGetValue(personId, out var entry) || entry.Status != ApplicationStatus.Called)
        {
            throw BoothErrors.NotCalled();
        }

        var record = await Application(entry.ApplicationId).StartInterview(entry.RecruiterId!, entry.RecruiterName ?? "");
        entry.Status = ApplicationStatus.Interviewing;
        entry.AnswerBy = null;
        await PersistAsync(s => s.Interviews++);
        var interview = InterviewViews.From(record)!;
        NotifyQueue();
        NotifyInterview(entry, InterviewEventKind.Started, interview: interview);
        return interview;
    }

    public async Task<InterviewView> GetInterview(string personId, string applicationId)
    {
        EnsureExists();
        if (ActiveInterview(applicationId) is { } entry && entry.PersonId != personId && entry.RecruiterId != personId)
        {
            // While it runs, only its two people read it; afterwards any of the booth's recruiters may.
            throw await IsRecruiterAsync(personId) ? BoothErrors.NotYourInterview() : BoothErrors.ApplicationNotFound();
        }

        var record = await RecordOfBoothAsync(applicationId);
        if (record.PersonId != personId && record.RecruiterId != personId && !await IsRecruiterAsync(personId))
        {
            throw BoothErrors.ApplicationNotFound();
        }

        return InterviewViews.From(record) ?? throw BoothErrors.NoInterview();
    }

    public async Task<InterviewMessage> PostMessage(string personId, string applicationId, string text)
    {
        EnsureExists();
        var (entry, fromApplicant) = await PartyAsync(personId, applicationId);
        var message = new InterviewMessage
        {
            MessageId = "msg-" + Guid.NewGuid().ToString("N"),
            FromApplicant = fromApplicant,
            AuthorName = fromApplicant ? entry.ApplicantName : entry.RecruiterName ?? "",
            Text = BoothRules.Message(text),
            SentAt = _time.GetUtcNow(),
        };
        await Application(applicationId).AppendMessage(message);
        NotifyInterview(entry, InterviewEventKind.Message, message: message, fromApplicant: fromApplicant);
        return message;
    }

    public async Task Typing(string personId, string applicationId)
    {
        EnsureExists();
        var (entry, fromApplicant) = await PartyAsync(personId, applicationId);
        NotifyInterview(entry, InterviewEventKind.Typing, fromApplicant: fromApplicant);
    }

    public async Task<InterviewView> SetVideoLink(string actorId, string applicationId, string? url)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var (entry, fromApplicant) = await PartyAsync(actorId, applicationId);
        if (fromApplicant)
        {
            throw BoothErrors.NotYourInterview();
        }

        var link = BoothRules.VideoLink(url);
        var interview = InterviewViews.From(await Application(applicationId).SetVideoLink(link))!;
        NotifyInterview(entry, InterviewEventKind.Changed, interview: interview);
        return interview;
    }

    public async Task<InterviewView> EndInterview(string personId, string applicationId)
    {
        EnsureExists();
        if (ActiveInterview(applicationId) is null)
        {
            // Ending twice answers with the ended interview; ending one that never ran is refused.
            var ended = await RecordOfBoothAsync(applicationId);
            if (ended.PersonId != personId && ended.RecruiterId != personId)
            {
                throw await IsRecruiterAsync(personId) ? BoothErrors.NotYourInterview() : BoothErrors.ApplicationNotFound();
            }

            return ended.InterviewEndedAt is not null ? InterviewViews.From(ended)! : throw BoothErrors.InterviewNotActive();
        }

        var (entry, _) = await PartyAsync(personId, applicationId);
        var record = await Application(applicationId).EndInterview();
        Remove(entry);
        var length = record.InterviewEndedAt!.Value - record.InterviewStartedAt!.Value;
        await PersistAsync(s =>
        {
            s.RecentInterviewLengths.Add(length < TimeSpan.Zero ? TimeSpan.Zero : length);
            if (s.RecentInterviewLengths.Count > BoothLimits.InterviewsAveraged)
            {
                s.RecentInterviewLengths.RemoveRange(0, s.RecentInterviewLengths.Count - BoothLimits.InterviewsAveraged);
            }
        });
        var interview = InterviewViews.From(record)!;

        // The estimate changed and a recruiter is free again: every place hears of it.
        NotifyQueue();
        NotifyInterview(entry, InterviewEventKind.Ended, interview: interview);
        return interview;
    }

    public async Task<ApplicationRecord> RecordOutcome(string actorId, string applicationId, OutcomeInput input)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var outcome = BoothRules.Outcome(input);
        var record = await RecordOfBoothAsync(applicationId);
        var interviewed = record.InterviewStartedAt is not null;
        var noShow = record.Status == ApplicationStatus.NoShow && outcome.Outcome == ApplicationOutcome.NoShow;
        if (!interviewed && !noShow)
        {
            throw BoothErrors.NoInterview();
        }

        var updated = await Application(applicationId).RecordOutcome(actorId, outcome);
        if (record.Outcome != updated.Outcome)
        {
            await PersistAsync(s => s.CountOutcome(record.Outcome, updated.Outcome));
        }

        NotifyInterview(applicationId, record.PersonId, updated.RecruiterId ?? actorId, InterviewEventKind.Outcome);
        return updated;
    }

    public async Task<BoothConsole> GetConsole(string actorId)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var recent = _options.ConsoleRecentCount == 0 ? [] : await _index.ListRecentFinishedForBoothAsync(BoothId, _options.ConsoleRecentCount);
        return new BoothConsole
        {
            Booth = View(),
            Queue = [.. _waiting.Select((e, i) => new WaitingEntry { Position = i + 1, JobTitle = e.JobTitle, JoinedAt = e.JoinedAt, Connected = e.Connected })],
            Open = [.. _open.Values.Where(e => e.Status != ApplicationStatus.Waiting).OrderBy(e => e.Ticket).Select(e => new ConsoleApplication
            {
                ApplicationId = e.ApplicationId,
                ApplicantName = e.ApplicantName,
                JobTitle = e.JobTitle,
                Status = e.Status,
                RecruiterName = e.RecruiterName,
                Mine = e.RecruiterId == actorId,
                AnswerBy = e.AnswerBy,
                SharedDisability = e.SharedDisability,
            })],
            Recent = [.. recent.Select(row => new ConsoleApplication
            {
                ApplicationId = row.ApplicationId,
                ApplicantName = row.ApplicantName,
                JobTitle = row.JobTitle,
                Status = row.Status,
                RecruiterName = row.RecruiterName,
                Mine = row.RecruiterId == actorId,
                Outcome = row.Outcome,
                SharedDisability = row.SharedDisability,
            })],
            Stats = Stats(),
        };
    }

    public async Task<ApplicantProfile> GetApplicant(string actorId, string applicationId)
    {
        EnsureExists();
        await RequireRecruiterAsync(actorId);
        var record = await RecordOfBoothAsync(applicationId);
        return await GrainFactory.GetGrain<IPersonGrain>(record.PersonId).GetApplicantProfile(EmployerId, applicationId);
    }

    /// <summary>Calls the first person waiting for <paramref name="recruiterId"/>; the caller announces the new queue.</summary>
    private async Task<BoothCall> CallFirstAsync(string recruiterId)
    {
        var entry = _waiting[0];
        var name = await RecruiterNameAsync(recruiterId);
        await Application(entry.ApplicationId).MarkCalled(recruiterId, name);

        // Taken out of the line while still Waiting, so the removal finds it by ticket.
        Remove(entry);
        entry.Status = ApplicationStatus.Called;
        entry.RecruiterId = recruiterId;
        entry.RecruiterName = name;
        entry.AnswerBy = _time.GetUtcNow() + State.Settings.AnswerTime;
        Add(entry);
        LogCalled(BoothId, entry.ApplicationId, recruiterId);
        return new BoothCall { ApplicationId = entry.ApplicationId, JobId = entry.JobId, AnswerBy = entry.AnswerBy.Value, ApplicantName = entry.ApplicantName };
    }

    private QueueEntry? ActiveInterview(string applicationId) =>
        _open.TryGetValue(applicationId, out var entry) && entry.Status == ApplicationStatus.Interviewing ? entry : null;

    /// <summary>One of the two people of an interview in progress, and which side they are.</summary>
    private async Task<(QueueEntry Entry, bool FromApplicant)> PartyAsync(string personId, string applicationId)
    {
        if (ActiveInterview(applicationId) is { } entry)
        {
            if (entry.PersonId == personId)
            {
                return (entry, true);
            }

            if (entry.RecruiterId == personId)
            {
                return (entry, false);
            }

            throw await IsRecruiterAsync(personId) ? BoothErrors.NotYourInterview() : BoothErrors.ApplicationNotFound();
        }

        // Not running: say so to its two people, and reveal nothing to anyone else.
        var record = await RecordOfBoothAsync(applicationId);
        if (record.PersonId == personId || (record.RecruiterId == personId && await IsRecruiterAsync(personId)))
        {
            throw BoothErrors.InterviewNotActive();
        }

        throw await IsRecruiterAsync(personId) ? BoothErrors.NotYourInterview() : BoothErrors.ApplicationNotFound();
    }

    /// <summary>The record of an application made at this booth; NotFound for any other id.</summary>
    private async Task<ApplicationRecord> RecordOfBoothAsync(string applicationId)
    {
        if (!ApplicationIds.IsValid(applicationId))
        {
            throw BoothErrors.ApplicationNotFound();
        }

        var record = await Application(applicationId).GetRecord();
        return record.BoothId == BoothId ? record : throw BoothErrors.ApplicationNotFound();
    }

    private IApplicationGrain Application(string applicationId) => GrainFactory.GetGrain<IApplicationGrain>(applicationId);

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Booth {BoothId}: application {ApplicationId} called by {RecruiterId}")]
    private partial void LogCalled(string boothId, string applicationId, string recruiterId);
}
