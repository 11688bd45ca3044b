using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Workshops;

/// <summary>
/// A workshop's makers, keyed by the workshop's organisation id. Who may keep them is asked of the organisation
/// on every call, so a streamer who loses the role loses it here at once. Consent is recorded with who asked and
/// when; without it the public sees only the maker's id. Removed makers stay, marked removed, so past sales still
/// name who earned them. Logs carry ids only, never names or stories.
/// </summary>
public sealed partial class WorkshopGrain(
    [PersistentState("workshop", LiveFairStorage.Name)] IPersistentState<WorkshopState> state,
    TimeProvider time,
    ILogger<WorkshopGrain> logger) : Grain, IWorkshopGrain
{
    private string WorkshopId => this.GetPrimaryKeyString();

    private List<Maker> Makers => state.State.Makers;

    public async Task<IReadOnlyList<Maker>> GetMakers(string actorId)
    {
        await RequireManagerAsync(actorId);
        return [.. Makers];
    }

    /// <summary>Current makers only: one who left the workshop is no longer presented as one of its makers.</summary>
    public Task<IReadOnlyList<PublicMaker>> GetPublicMakers() =>
        Task.FromResult<IReadOnlyList<PublicMaker>>(
        [
            .. Makers.Where(m => !m.Removed).Select(m => m.PublicConsent
                ? new PublicMaker { MakerId = m.MakerId, DisplayName = m.DisplayName, Story = m.Story, Photo = m.Photo }
                : new PublicMaker { MakerId = m.MakerId }),
        ]);

    public Task<bool> AreCurrentMakers(IReadOnlyList<string> makerIds)
    {
        ArgumentNullException.ThrowIfNull(makerIds);
        var current = Makers.Where(m => !m.Removed).Select(m => m.MakerId).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(makerIds.All(current.Contains));
    }

    public async Task<Maker> AddMaker(string actorId, MakerInput input)
    {
        await RequireManagerAsync(actorId);
        await RequireWorkshopAsync();
        var validated = MakerRules.Validate(input);
        if (Makers.Count >= MakerLimits.MaxMakers)
        {
            throw WorkshopErrors.TooMany();
        }

        var now = time.GetUtcNow();
        var maker = new Maker
        {
            MakerId = NewMakerId(),
            DisplayName = validated.DisplayName,
            Story = validated.Story,
            PublicConsent = validated.PublicConsent,
            ConsentRecordedAt = now,
            ConsentRecordedBy = actorId,
            AddedAt = now,
        };
        await PersistAsync(s => s.Makers.Add(maker));
        LogAdded(WorkshopId, maker.MakerId, actorId, maker.PublicConsent);
        return maker;
    }

    public async Task<Maker> UpdateMaker(string actorId, string makerId, MakerInput input)
    {
        await RequireManagerAsync(actorId);
        await RequireWorkshopAsync();
        var current = Current(makerId);
        var validated = MakerRules.Validate(input);
        var consentChanged = validated.PublicConsent != current.PublicConsent;
        var updated = current with
        {
            DisplayName = validated.DisplayName,
            Story = validated.Story,
            PublicConsent = validated.PublicConsent,

            // The record says who asked the maker for the answer that now holds, so only a new answer re-records it.
            ConsentRecordedAt = consentChanged ? time.GetUtcNow() : current.ConsentRecordedAt,
            ConsentRecordedBy = consentChanged ? actorId : current.ConsentRecordedBy,
        };
        await ReplaceAsync(updated);
        if (consentChanged)
        {
            LogConsentChanged(WorkshopId, makerId, actorId, updated.PublicConsent);
        }

        return updated;
    }

    public async Task<Maker> SetMakerPhoto(string actorId, string makerId, MakerPhoto? photo)
    {
        await RequireManagerAsync(actorId);
        await RequireWorkshopAsync();
        var current = Current(makerId);
        var updated = current with { Photo = MakerRules.Photo(photo) };
        await ReplaceAsync(updated);
        return updated;
    }

    public async Task<Maker> RemoveMaker(string actorId, string makerId)
    {
        await RequireManagerAsync(actorId);
        await RequireWorkshopAsync();
        var current = Find(makerId);
        if (current.Removed)
        {
            return current;
        }

        var removed = current with { Removed = true };
        await ReplaceAsync(removed);
        LogRemoved(WorkshopId, makerId, actorId);
        return removed;
    }

    private Maker Find(string makerId)
    {
        var id = MakerRules.MakerId(makerId);
        return Makers.Find(m => m.MakerId == id) ?? throw WorkshopErrors.NotFound(id);
    }

    private Maker Current(string makerId)
    {
        var maker = Find(makerId);
        return maker.Removed ? throw WorkshopErrors.Removed() : maker;
    }

    private string NewMakerId()
    {
        // Ten hex digits make a clash all but impossible; checking costs nothing and makes it impossible.
        while (true)
        {
            var id = MakerIds.New();
            if (!Makers.Exists(m => m.MakerId == id))
            {
                return id;
            }
        }
    }

    private Task ReplaceAsync(Maker maker) =>
        PersistAsync(s => s.Makers[s.Makers.FindIndex(m => m.MakerId == maker.MakerId)] = maker);

    private async Task RequireManagerAsync(string? actorId)
    {
        if (string.IsNullOrEmpty(actorId))
        {
            throw WorkshopErrors.Forbidden();
        }

        var roles = await GrainFactory.GetGrain<IOrganisationGrain>(WorkshopId).GetRoles(actorId);
        if (!roles.Contains(OrganisationRole.Admin) && !roles.Contains(OrganisationRole.Streamer))
        {
            throw WorkshopErrors.Forbidden();
        }
    }

    private async Task RequireWorkshopAsync()
    {
        var organisation = await GrainFactory.GetGrain<IOrganisationGrain>(WorkshopId).GetView();
        if (organisation.Profile.Kind != OrganisationKind.Workshop)
        {
            throw WorkshopErrors.NotWorkshop();
        }
    }

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<WorkshopState> change)
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
            LogPersistFailed(exception, WorkshopId);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId}: maker {MakerId} added by {ActorId} (public consent: {Consent})")]
    private partial void LogAdded(string workshopId, string makerId, string actorId, bool consent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId}: maker {MakerId}'s public consent is now {Consent}, recorded by {ActorId}")]
    private partial void LogConsentChanged(string workshopId, string makerId, string actorId, bool consent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId}: maker {MakerId} removed by {ActorId}")]
    private partial void LogRemoved(string workshopId, string makerId, string actorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workshop {WorkshopId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string workshopId);
}
