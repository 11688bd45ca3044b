using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// The durable record of one application. Only its booth changes it (the booth has already checked who may);
/// each change is persisted, then projected into the application index the booth rebuilds its queue from.
/// Logs carry ids only, never names or message text.
/// </summary>
public sealed partial class ApplicationGrain(
    [PersistentState("application", LiveFairStorage.Name)] IPersistentState<ApplicationState> state,
    TimeProvider time,
    ApplicationIndex index,
    ILogger<ApplicationGrain> logger) : Grain, IApplicationGrain
{
    private string ApplicationId => this.GetPrimaryKeyString();

    private ApplicationRecord? Record => state.State.Record;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record is not null)
        {
            // The index may have missed the last change if the process stopped right after persisting.
            await ProjectAsync();
        }
    }

    public async Task<ApplicationRecord> Create(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Record is { } existing)
        {
            return existing.PersonId == record.PersonId && existing.BoothId == record.BoothId && existing.JobId == record.JobId
                ? existing
                : throw BoothErrors.ApplicationExists();
        }

        if (!ApplicationIds.IsValid(ApplicationId) || record.ApplicationId != ApplicationId)
        {
            DeactivateOnIdle();
            throw BoothErrors.Invalid("application.invalid_id", "The application id is not valid.");
        }

        await PersistAsync(record with
        {
            Status = ApplicationStatus.Waiting,
            UpdatedAt = record.AppliedAt,
            Messages = [],
            Version = 0,
        });
        return Record!;
    }

    public Task<ApplicationRecord> SetStatus(ApplicationStatus status)
    {
        var current = Existing();
        var now = time.GetUtcNow();
        return PersistAsync(status == ApplicationStatus.NoShow
            // A call never answered is its own outcome: the recruiter has nothing more to record.
            ? current with { Status = status, Outcome = ApplicationOutcome.NoShow, OutcomeAt = now }
            : current with { Status = status });
    }

    public Task<ApplicationRecord> MarkCalled(string recruiterId, string recruiterName) =>
        PersistAsync(Existing() with { Status = ApplicationStatus.Called, RecruiterId = recruiterId, RecruiterName = recruiterName });

    public Task<ApplicationRecord> StartInterview(string recruiterId, string recruiterName) =>
        PersistAsync(Existing() with
        {
            Status = ApplicationStatus.Interviewing,
            RecruiterId = recruiterId,
            RecruiterName = recruiterName,
            InterviewStartedAt = time.GetUtcNow(),
        });

    public async Task AppendMessage(InterviewMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var current = Existing();
        if (current.Messages.Count >= BoothLimits.InterviewMessages)
        {
            throw BoothErrors.TooManyMessages();
        }

        await PersistAsync(current with { Messages = [.. current.Messages, message] }, project: false);
    }

    public Task<ApplicationRecord> SetVideoLink(string? url) => PersistAsync(Existing() with { VideoLink = url }, project: false);

    public Task<ApplicationRecord> EndInterview()
    {
        var current = Existing();
        return current.InterviewEndedAt is not null
            ? Task.FromResult(current)
            : PersistAsync(current with { Status = ApplicationStatus.Interviewed, InterviewEndedAt = time.GetUtcNow() });
    }

    public Task<ApplicationRecord> RecordOutcome(string recruiterId, OutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = Existing();
        return PersistAsync(current with
        {
            Outcome = input.Outcome,
            OutcomeNote = input.Note,
            OutcomeAt = time.GetUtcNow(),
            RecruiterId = current.RecruiterId ?? recruiterId,
        });
    }

    public Task<ApplicationRecord> GetRecord() => Task.FromResult(Existing());

    public Task<ApplicationView> GetForApplicant(string personId)
    {
        if (Record is not { } record || record.PersonId != personId)
        {
            // The same answer whether the application does not exist or is someone else's, so ids cannot be probed.
            DeactivateOnIdle();
            throw BoothErrors.ApplicationNotFound();
        }

        return Task.FromResult(new ApplicationView
        {
            ApplicationId = record.ApplicationId,
            RoomId = record.RoomId,
            BoothId = record.BoothId,
            EmployerName = record.EmployerName,
            JobId = record.JobId,
            JobTitle = record.JobTitle,
            SharedDisability = record.SharedDisability,
            Status = record.Status,
            Outcome = record.Outcome,
            AppliedAt = record.AppliedAt,
            UpdatedAt = record.UpdatedAt,
            Interview = InterviewViews.From(record),
        });
    }

    public async Task EraseRecord()
    {
        if (Record is null)
        {
            DeactivateOnIdle();
            return;
        }

        await state.ClearStateAsync();
        state.State = new ApplicationState();
        await index.DeleteAsync(ApplicationId);
        LogErased(ApplicationId);
        DeactivateOnIdle();
    }

    private ApplicationRecord Existing()
    {
        if (Record is null)
        {
            DeactivateOnIdle();
            throw BoothErrors.ApplicationNotFound();
        }

        return Record;
    }

    /// <summary>Stores the new record (one version up, stamped now); if the write fails the old one stays.</summary>
    private async Task<ApplicationRecord> PersistAsync(ApplicationRecord next, bool project = true)
    {
        var previous = state.State.Record;
        state.State.Record = next with { Version = (previous?.Version ?? 0) + 1, UpdatedAt = previous is null ? next.UpdatedAt : time.GetUtcNow() };
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Nothing was acknowledged, so nothing may appear to have changed.
            state.State.Record = previous;
            LogPersistFailed(exception, ApplicationId);
            throw;
        }

        if (project)
        {
            await ProjectAsync();
        }

        return state.State.Record;
    }

    private async Task ProjectAsync()
    {
        try
        {
            await index.UpsertAsync(ApplicationIndexEntry.From(Record!));
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            // The application has already persisted the change; the index catches up on the next change or activation.
            LogProjectionFailed(exception, ApplicationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId} erased")]
    private partial void LogErased(string applicationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Application {ApplicationId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string applicationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Application {ApplicationId} could not update the application index")]
    private partial void LogProjectionFailed(Exception exception, string applicationId);
}
