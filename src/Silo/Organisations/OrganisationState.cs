using LiveFair.Contracts.Organisations;

using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Organisations;

/// <summary>What an organisation grain persists. The records inside are immutable; only the lists change.</summary>
public sealed class OrganisationState : IRestorableState<OrganisationState>
{
    /// <summary>Set by Create; the organisation exists exactly while this is set.</summary>
    public OrganisationProfile? Profile { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public bool Verified { get; set; }

    /// <summary>When and by which platform admin the verification was last granted or taken away.</summary>
    public DateTimeOffset? VerificationChangedAt { get; set; }

    public string? VerificationChangedBy { get; set; }

    public List<OrganisationMember> Members { get; set; } = [];
    public List<StoredInvitation> Invitations { get; set; } = [];

    /// <summary>Rises with every persisted change; the directory read model keeps only the highest.</summary>
    public long Version { get; set; }

    /// <summary>
    /// People whose membership on their person grain may not yet match this organisation. Written with the
    /// change itself, so a crash between persisting and telling the person is repaired on the next activation.
    /// </summary>
    public List<string> MirrorPending { get; set; } = [];

    /// <summary>A copy that shares no list with this one, so a failed write can put the old state back.</summary>
    public OrganisationState Copy() => new()
    {
        Profile = Profile,
        CreatedAt = CreatedAt,
        Verified = Verified,
        VerificationChangedAt = VerificationChangedAt,
        VerificationChangedBy = VerificationChangedBy,
        Members = [.. Members],
        Invitations = [.. Invitations],
        Version = Version,
        MirrorPending = [.. MirrorPending],
    };
}
