using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Rooms;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.People;

/// <summary>
/// The single source of truth for one person. It never calls an organisation grain: organisations call it
/// to mirror memberships, so a call cycle between the two cannot arise. Logs carry ids only, never profile
/// or disability values.
/// </summary>
public sealed partial class PersonGrain(
    [PersistentState("person", LiveFairStorage.Name)] IPersistentState<PersonState> state,
    TimeProvider time,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    /// <summary>Enough for years of chatting; beyond it the oldest rooms are forgotten first.</summary>
    public const int MaxChatRooms = 500;

    private string PersonId => this.GetPrimaryKeyString();

    private PersonState State => state.State;

    private bool Exists => State.CreatedAt is not null;

    public async Task<PersonView> Register()
    {
        if (!Exists)
        {
            var now = time.GetUtcNow();
            await PersistAsync(s => s.CreatedAt = now);
            LogRegistered(PersonId);
        }

        return View();
    }

    public Task<PersonView> GetView()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public Task<PersonAccess> GetAccess()
    {
        if (!Exists)
        {
            // Asked on every request, also for accounts whose person was erased: keep nothing in memory for them.
            DeactivateOnIdle();
            return Task.FromResult(new PersonAccess { Exists = false });
        }

        return Task.FromResult(new PersonAccess { Exists = true, Memberships = [.. State.Memberships] });
    }

    public async Task<PersonView> UpdateProfile(SeekerProfile profile)
    {
        EnsureExists();
        var validated = ProfileRules.Validate(profile, time.GetUtcNow().Year);
        await PersistAsync(s => s.Profile = validated);
        return View();
    }

    public async Task<PersonView> GiveDisabilityConsent(string wordingVersion)
    {
        EnsureExists();
        if (!string.Equals(wordingVersion, DisabilityConsent.CurrentVersion, StringComparison.Ordinal))
        {
            throw PersonErrors.ConsentOutdated();
        }

        if (ActiveConsentIndex() >= 0)
        {
            return View();
        }

        var record = new ConsentRecord
        {
            Purpose = DisabilityConsent.Purpose,
            WordingVersion = wordingVersion,
            GivenAt = time.GetUtcNow(),
        };
        await PersistAsync(s => s.Consents.Add(record));
        LogConsentGiven(PersonId, wordingVersion);
        return View();
    }

    public async Task<PersonView> SaveDisability(DisabilityInfo disability)
    {
        EnsureExists();

        // Checked first: without consent the data must not even be looked at.
        if (ActiveConsentIndex() < 0)
        {
            throw PersonErrors.ConsentRequired();
        }

        var validated = DisabilityRules.Validate(disability);
        await PersistAsync(s => s.Disability = validated);
        return View();
    }

    public async Task<PersonView> WithdrawDisabilityConsent()
    {
        EnsureExists();
        var index = ActiveConsentIndex();
        if (index < 0 && State.Disability is null)
        {
            return View();
        }

        var now = time.GetUtcNow();

        // One write: there must be no moment in storage where the consent is withdrawn but the data remains.
        await PersistAsync(s =>
        {
            if (index >= 0)
            {
                s.Consents[index] = s.Consents[index] with { WithdrawnAt = now };
            }

            s.Disability = null;
        });
        LogConsentWithdrawn(PersonId);
        return View();
    }

    public async Task SetMembership(OrganisationMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        EnsureExists();
        var index = State.Memberships.FindIndex(m => m.OrganisationId == membership.OrganisationId);
        var stored = membership with { Roles = [.. (membership.Roles ?? []).Order()] };
        if (index >= 0 && SameMembership(State.Memberships[index], stored))
        {
            return;
        }

        await PersistAsync(s =>
        {
            if (index >= 0)
            {
                s.Memberships[index] = stored;
            }
            else
            {
                s.Memberships.Add(stored);
            }
        });
    }

    public async Task RemoveMembership(string organisationId)
    {
        EnsureExists();
        var index = State.Memberships.FindIndex(m => m.OrganisationId == organisationId);
        if (index >= 0)
        {
            await PersistAsync(s => s.Memberships.RemoveAt(index));
        }
    }

    public async Task RecordDisclosure(DisclosureChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        EnsureExists();
        var applicationId = TextRules.Required(choice.ApplicationId, 128, "Application id", "person.application_id");
        if (!OrganisationIds.IsValid(choice.OrganisationId))
        {
            throw PersonErrors.Invalid("person.invalid_organisation_id", "The organisation id is not valid.");
        }

        var index = State.Disclosures.FindIndex(d => d.ApplicationId == applicationId);
        if (index >= 0)
        {
            var earlier = State.Disclosures[index];
            if (earlier.OrganisationId != choice.OrganisationId)
            {
                throw PersonErrors.ApplicationOfOtherOrganisation();
            }

            if (earlier.ShareDisability == choice.ShareDisability)
            {
                return;
            }
        }

        var stored = new DisclosureChoice
        {
            ApplicationId = applicationId,
            OrganisationId = choice.OrganisationId,
            ShareDisability = choice.ShareDisability,
            ChosenAt = time.GetUtcNow(),
        };
        await PersistAsync(s =>
        {
            if (index >= 0)
            {
                s.Disclosures[index] = stored;
            }
            else
            {
                s.Disclosures.Add(stored);
            }
        });
    }

    public Task<ApplicantProfile> GetApplicantProfile(string organisationId, string applicationId)
    {
        EnsureExists();

        // Matched on both ids: an organisation that guesses another's application id learns nothing.
        var disclosure = State.Disclosures.Find(d => d.ApplicationId == applicationId && d.OrganisationId == organisationId)
            ?? throw PersonErrors.ApplicationNotFound();
        var share = disclosure.ShareDisability && ActiveConsentIndex() >= 0;
        return Task.FromResult(new ApplicantProfile
        {
            PersonId = PersonId,
            Profile = State.Profile,
            Disability = share ? State.Disability : null,
        });
    }

    public async Task NoteChatRoom(string roomId)
    {
        EnsureExists();
        if (!RoomIds.IsValid(roomId))
        {
            throw PersonErrors.Invalid("person.invalid_room_id", "The room id is not valid.");
        }

        if (State.ChatRoomIds.Contains(roomId))
        {
            return;
        }

        await PersistAsync(s =>
        {
            s.ChatRoomIds.Add(roomId);
            if (s.ChatRoomIds.Count > MaxChatRooms)
            {
                s.ChatRoomIds.RemoveRange(0, s.ChatRoomIds.Count - MaxChatRooms);
            }
        });
    }

    public Task<PersonExport> Export()
    {
        EnsureExists();
        return Task.FromResult(new PersonExport
        {
            Person = View(),
            Disclosures = [.. State.Disclosures],
            ChatRoomIds = [.. State.ChatRoomIds],
        });
    }

    public async Task<PersonErasure> EraseAll()
    {
        var erasure = new PersonErasure
        {
            OrganisationIds = [.. State.Memberships.Select(m => m.OrganisationId)],
            ChatRoomIds = [.. State.ChatRoomIds],
        };

        try
        {
            // Deletes the row itself, so not even an emptied payload is left behind.
            await state.ClearStateAsync();
        }
        catch (Exception exception)
        {
            LogEraseFailed(exception, PersonId);
            throw;
        }

        state.State = new PersonState();
        DeactivateOnIdle();
        LogErased(PersonId, erasure.OrganisationIds.Count, erasure.ChatRoomIds.Count);
        return erasure;
    }

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<PersonState> change)
    {
        try
        {
            await state.WriteOrRestoreAsync(s =>
            {
                change(s);
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, PersonId);
            throw;
        }
    }

    private int ActiveConsentIndex() =>
        State.Consents.FindLastIndex(c => c.Purpose == DisabilityConsent.Purpose && c.IsActive);

    private static bool SameMembership(OrganisationMembership a, OrganisationMembership b) =>
        a.OrganisationName == b.OrganisationName && a.OrganisationKind == b.OrganisationKind && a.Roles.SequenceEqual(b.Roles);

    private PersonView View()
    {
        var consent = ActiveConsentIndex();
        return new PersonView
        {
            PersonId = PersonId,
            Profile = State.Profile,
            Disability = consent >= 0 ? State.Disability : null,
            DisabilityConsentRecord = consent >= 0 ? State.Consents[consent] : null,
            ConsentHistory = [.. State.Consents],
            Memberships = [.. State.Memberships],
            CreatedAt = State.CreatedAt!.Value,
        };
    }

    private void EnsureExists()
    {
        if (!Exists)
        {
            // Nothing to keep in memory for an id nobody registered.
            DeactivateOnIdle();
            throw PersonErrors.NotFound(PersonId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} registered")]
    private partial void LogRegistered(string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} gave the disability consent (wording {WordingVersion})")]
    private partial void LogConsentGiven(string personId, string wordingVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} withdrew the disability consent; the section was erased")]
    private partial void LogConsentWithdrawn(string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} erased ({Organisations} organisations and {ChatRooms} chat rooms left for the caller)")]
    private partial void LogErased(string personId, int organisations, int chatRooms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Person {PersonId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string personId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Person {PersonId} could not be erased from storage")]
    private partial void LogEraseFailed(Exception exception, string personId);
}
