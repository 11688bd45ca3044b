using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Silo.Rooms;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Organisations;

/// <summary>
/// The single source of truth for one organisation: profile, verification, members, roles and invitations.
/// Each change is persisted first, then projected into the directory and mirrored onto the person grains
/// whose roles changed. Calls go only from here to person grains, never back, so no call cycle can form.
/// Logs carry ids only, never names or email addresses.
/// </summary>
public sealed partial class OrganisationGrain(
    [PersistentState("organisation", LiveFairStorage.Name)] IPersistentState<OrganisationState> state,
    TimeProvider time,
    OrganisationDirectory directory,
    ILogger<OrganisationGrain> logger) : Grain, IOrganisationGrain
{
    /// <summary>How often memberships that could not be mirrored are tried again while the grain is active.</summary>
    public static readonly TimeSpan MirrorRetryPeriod = TimeSpan.FromSeconds(30);

    private IGrainTimer? _mirrorRetry;

    private string OrganisationId => this.GetPrimaryKeyString();

    private OrganisationState State => state.State;

    private bool Exists => State.Profile is not null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Exists)
        {
            // The directory may have missed the last change if the process stopped right after persisting.
            await ProjectAsync();

            // Likewise person grains; tried from a timer so that activation does not wait on other grains.
            ScheduleMirrorRetry(TimeSpan.Zero);
        }
    }

    public async Task<OrganisationView> Create(OrganisationProfile profile, MemberIdentity creator)
    {
        if (Exists)
        {
            throw OrganisationErrors.Exists(OrganisationId);
        }

        if (!OrganisationIds.IsValid(OrganisationId))
        {
            DeactivateOnIdle();
            throw OrganisationErrors.InvalidId();
        }

        var validated = OrganisationRules.Profile(profile);
        var identity = OrganisationRules.Identity(creator);
        await EnsurePersonExistsAsync(identity.PersonId);
        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.Profile = validated;
            s.CreatedAt = now;
            s.Members.Add(new OrganisationMember { Person = identity, Roles = [OrganisationRole.Admin], JoinedAt = now });
            s.MirrorPending.Add(identity.PersonId);
        });
        LogCreated(OrganisationId, validated.Kind, identity.PersonId);
        await AfterChangeAsync();
        return View();
    }

    public Task<OrganisationView> GetView()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public async Task<OrganisationView> UpdateProfile(string actorId, OrganisationProfile profile)
    {
        EnsureExists();
        RequireAdmin(actorId);
        var validated = OrganisationRules.Profile(profile);
        if (validated.Kind != State.Profile!.Kind)
        {
            throw OrganisationErrors.KindFixed();
        }

        var renamed = validated.Name != State.Profile.Name;
        await PersistAsync(s =>
        {
            s.Profile = validated;
            if (renamed)
            {
                // Memberships carry the organisation's name, so every member's copy is now out of date.
                AddPending(s, s.Members.Select(m => m.Person.PersonId));
            }
        });
        await AfterChangeAsync();
        return View();
    }

    public Task<IReadOnlyList<OrganisationRole>> GetRoles(string personId)
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<OrganisationRole>>(FindMember(personId) is { } member ? [.. member.Roles] : []);
    }

    public Task<IReadOnlyList<OrganisationMember>> GetMembers(string actorId)
    {
        EnsureExists();
        if (FindMember(actorId) is null)
        {
            throw OrganisationErrors.Forbidden();
        }

        return Task.FromResult<IReadOnlyList<OrganisationMember>>([.. State.Members]);
    }

    public async Task<OrganisationInvitation> Invite(string actorId, InvitationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureExists();
        RequireAdmin(actorId);
        var email = OrganisationRules.Email(input.Email);
        var roles = OrganisationRules.Roles(input.Roles);
        var now = time.GetUtcNow();
        var others = State.Invitations.Count(i => InvitationRules.IsOpen(i, now) && i.Email != email);
        if (others >= OrganisationLimits.MaxInvitations)
        {
            throw OrganisationErrors.TooManyInvitations();
        }

        var token = InvitationTokens.Create();
        var invitation = InvitationRules.New(email, roles, token, now);
        await PersistAsync(s =>
        {
            s.Invitations.RemoveAll(i => i.Email == email);
            s.Invitations.Add(invitation);
        });
        LogInvited(OrganisationId, invitation.InvitationId, actorId);
        await AfterChangeAsync();
        return invitation.ToContract(OrganisationId, token);
    }

    public Task<IReadOnlyList<OrganisationInvitation>> GetInvitations(string actorId)
    {
        EnsureExists();
        RequireAdmin(actorId);
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<OrganisationInvitation>>(
            [.. State.Invitations.Where(i => InvitationRules.IsOpen(i, now)).Select(i => i.ToContract(OrganisationId))]);
    }

    public async Task RevokeInvitation(string actorId, string invitationId)
    {
        EnsureExists();
        RequireAdmin(actorId);
        var index = State.Invitations.FindIndex(i => i.InvitationId == invitationId);
        if (index < 0)
        {
            throw OrganisationErrors.InvitationNotFound();
        }

        await PersistAsync(s => s.Invitations.RemoveAt(index));
        await AfterChangeAsync();
    }

    public async Task<OrganisationMember> AcceptInvitation(string token, MemberIdentity person)
    {
        EnsureExists();
        var identity = OrganisationRules.Identity(person);
        var invitation = InvitationRules.ForAcceptance(State.Invitations, token, identity.Email, time.GetUtcNow());
        var existing = FindMember(identity.PersonId);
        if (existing is null && State.Members.Count >= OrganisationLimits.MaxMembers)
        {
            throw OrganisationErrors.Full();
        }

        await EnsurePersonExistsAsync(identity.PersonId);
        var member = new OrganisationMember
        {
            Person = identity,
            Roles = [.. (existing?.Roles ?? []).Union(invitation.Roles).Order()],
            JoinedAt = existing?.JoinedAt ?? time.GetUtcNow(),
        };
        await PersistAsync(s =>
        {
            s.Invitations.RemoveAll(i => i.InvitationId == invitation.InvitationId);
            ReplaceMember(s, member);
            AddPending(s, [member.Person.PersonId]);
        });
        LogJoined(OrganisationId, member.Person.PersonId, invitation.InvitationId);
        await AfterChangeAsync();
        return member;
    }

    public async Task<OrganisationMember> SetRoles(string actorId, string personId, IReadOnlyList<OrganisationRole> roles)
    {
        EnsureExists();
        RequireAdmin(actorId);
        var validated = OrganisationRules.Roles(roles);
        var existing = FindMember(personId) ?? throw OrganisationErrors.MemberNotFound();
        if (existing.Roles.SequenceEqual(validated))
        {
            return existing;
        }

        if (IsLastAdmin(existing) && !validated.Contains(OrganisationRole.Admin))
        {
            throw OrganisationErrors.LastAdmin();
        }

        var member = existing with { Roles = validated };
        await PersistAsync(s =>
        {
            ReplaceMember(s, member);
            AddPending(s, [member.Person.PersonId]);
        });
        LogRolesChanged(OrganisationId, member.Person.PersonId, actorId);
        await AfterChangeAsync();
        return member;
    }

    public async Task RemoveMember(string actorId, string personId)
    {
        EnsureExists();
        if (actorId != personId)
        {
            RequireAdmin(actorId);
        }

        var member = FindMember(personId) ?? throw OrganisationErrors.MemberNotFound();
        if (IsLastAdmin(member))
        {
            throw OrganisationErrors.LastAdmin();
        }

        await PersistAsync(s =>
        {
            s.Members.Remove(member);
            AddPending(s, [member.Person.PersonId]);
        });
        LogRemoved(OrganisationId, member.Person.PersonId, actorId);
        await AfterChangeAsync();
    }

    public async Task<OrganisationView> SetVerified(bool verified, string platformAdminId)
    {
        EnsureExists();
        var adminId = TextRules.Required(platformAdminId, OrganisationRules.MaxPersonId, "Platform admin id", "organisation.platform_admin_id");
        if (State.Verified == verified)
        {
            return View();
        }

        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.Verified = verified;
            s.VerificationChangedAt = now;
            s.VerificationChangedBy = adminId;
        });
        LogVerificationChanged(OrganisationId, verified, adminId);
        await AfterChangeAsync();
        return View();
    }

    public async Task ForgetPerson(string personId)
    {
        if (!Exists)
        {
            // Erasure walks a list of organisations; one that never existed has nothing to forget.
            DeactivateOnIdle();
            return;
        }

        var member = FindMember(personId);
        var email = member?.Person.Email;
        var hasInvitations = email is not null && State.Invitations.Exists(i => i.Email == email);
        if (member is null && !hasInvitations && !State.MirrorPending.Contains(personId))
        {
            return;
        }

        // Erasure outranks the last-admin rule: the person's data goes even if the organisation is left without an admin.
        await PersistAsync(s =>
        {
            s.Members.RemoveAll(m => m.Person.PersonId == personId);
            s.Invitations.RemoveAll(i => i.Email == email);
            s.MirrorPending.Remove(personId);
        });
        LogForgotten(OrganisationId, personId);
        await AfterChangeAsync();
    }

    /// <summary>Applies a change and persists it (see <see cref="PersistentStateWrites"/>), logging a failed write.</summary>
    private async Task PersistAsync(Action<OrganisationState> change)
    {
        try
        {
            await state.WriteOrRestoreAsync(s =>
            {
                var now = time.GetUtcNow();
                change(s);

                // Expired invitations hold an email address for nothing; every write drops them.
                s.Invitations.RemoveAll(i => !InvitationRules.IsOpen(i, now));
                s.Version++;
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, OrganisationId);
            throw;
        }
    }

    private async Task AfterChangeAsync()
    {
        await ProjectAsync();
        await MirrorPendingAsync();
    }

    /// <summary>
    /// Tells each pending person their current roles here (or that they left). Setting the current truth is
    /// idempotent, so repeating it after a crash or a failed call is always safe.
    /// </summary>
    private async Task MirrorPendingAsync()
    {
        foreach (var personId in State.MirrorPending.ToList())
        {
            var person = GrainFactory.GetGrain<IPersonGrain>(personId);
            try
            {
                if (FindMember(personId) is { } member)
                {
                    await person.SetMembership(Membership(member));
                }
                else
                {
                    await person.RemoveMembership(OrganisationId);
                }

                // Only in memory: the next write stores the shorter list; until then a repeat is harmless.
                State.MirrorPending.Remove(personId);
            }
            catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
            {
                // The person was erased; ForgetPerson removes what is left of them here.
                State.MirrorPending.Remove(personId);
                LogMirrorTargetMissing(OrganisationId, personId);
            }
            catch (Exception exception)
            {
                // The change itself is persisted and acknowledged; the mirror is retried rather than failing it.
                LogMirrorFailed(exception, OrganisationId, personId);
            }
        }

        ScheduleMirrorRetry(MirrorRetryPeriod);
    }

    private void ScheduleMirrorRetry(TimeSpan dueTime)
    {
        if (State.MirrorPending.Count == 0)
        {
            _mirrorRetry?.Dispose();
            _mirrorRetry = null;
            return;
        }

        _mirrorRetry ??= this.RegisterGrainTimer(
            _ => MirrorPendingAsync(),
            new GrainTimerCreationOptions(dueTime, MirrorRetryPeriod) { KeepAlive = false });
    }

    private async Task ProjectAsync()
    {
        var profile = State.Profile!;
        try
        {
            await directory.UpsertAsync(new OrganisationDirectoryEntry
            {
                OrganisationId = OrganisationId,
                Version = State.Version,
                Kind = profile.Kind,
                Name = profile.Name,
                City = profile.City,
                Verified = State.Verified,
                CreatedAt = State.CreatedAt,
            });
        }
        catch (Exception exception) when (exception is not DomainException)
        {
            // The organisation has already persisted the change; the directory catches up on the next change or activation.
            LogProjectionFailed(exception, OrganisationId);
        }
    }

    private async Task EnsurePersonExistsAsync(string personId)
    {
        if (!(await GrainFactory.GetGrain<IPersonGrain>(personId).GetAccess()).Exists)
        {
            throw OrganisationErrors.PersonNotFound();
        }
    }

    private void RequireAdmin(string? actorId)
    {
        if (FindMember(actorId)?.Roles.Contains(OrganisationRole.Admin) != true)
        {
            throw OrganisationErrors.Forbidden();
        }
    }

    private bool IsLastAdmin(OrganisationMember member) =>
        member.Roles.Contains(OrganisationRole.Admin) && State.Members.Count(m => m.Roles.Contains(OrganisationRole.Admin)) == 1;

    private OrganisationMember? FindMember(string? personId) =>
        personId is null ? null : State.Members.Find(m => m.Person.PersonId == personId);

    private static void ReplaceMember(OrganisationState s, OrganisationMember member)
    {
        var index = s.Members.FindIndex(m => m.Person.PersonId == member.Person.PersonId);
        if (index >= 0)
        {
            s.Members[index] = member;
        }
        else
        {
            s.Members.Add(member);
        }
    }

    private static void AddPending(OrganisationState s, IEnumerable<string> personIds)
    {
        foreach (var personId in personIds)
        {
            if (!s.MirrorPending.Contains(personId))
            {
                s.MirrorPending.Add(personId);
            }
        }
    }

    private OrganisationMembership Membership(OrganisationMember member) => new()
    {
        OrganisationId = OrganisationId,
        OrganisationName = State.Profile!.Name,
        OrganisationKind = State.Profile.Kind,
        Roles = [.. member.Roles],
    };

    private OrganisationView View() => new()
    {
        OrganisationId = OrganisationId,
        Profile = State.Profile!,
        Verified = State.Verified,
        VerifiedAt = State.Verified ? State.VerificationChangedAt : null,
        MemberCount = State.Members.Count,
        CreatedAt = State.CreatedAt,
        Version = State.Version,
    };

    private void EnsureExists()
    {
        if (!Exists)
        {
            // Nothing to keep in memory for an id nobody created.
            DeactivateOnIdle();
            throw OrganisationErrors.NotFound(OrganisationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} ({Kind}) created by {PersonId}")]
    private partial void LogCreated(string organisationId, OrganisationKind kind, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: invitation {InvitationId} created by {ActorId}")]
    private partial void LogInvited(string organisationId, string invitationId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: {PersonId} accepted invitation {InvitationId}")]
    private partial void LogJoined(string organisationId, string personId, string invitationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: roles of {PersonId} changed by {ActorId}")]
    private partial void LogRolesChanged(string organisationId, string personId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: {PersonId} removed by {ActorId}")]
    private partial void LogRemoved(string organisationId, string personId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: verified set to {Verified} by platform admin {AdminId}")]
    private partial void LogVerificationChanged(string organisationId, bool verified, string adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId} forgot erased person {PersonId}")]
    private partial void LogForgotten(string organisationId, string personId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Organisation {OrganisationId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string organisationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Organisation {OrganisationId} could not update the directory read model")]
    private partial void LogProjectionFailed(Exception exception, string organisationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Organisation {OrganisationId} could not mirror the membership of {PersonId}; it will try again")]
    private partial void LogMirrorFailed(Exception exception, string organisationId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation {OrganisationId}: person {PersonId} no longer exists, so their membership is not mirrored")]
    private partial void LogMirrorTargetMissing(string organisationId, string personId);
}
