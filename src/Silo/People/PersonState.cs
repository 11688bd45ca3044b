using LiveFair.Contracts.People;

using LiveFair.Silo.Storage;

namespace LiveFair.Silo.People;

/// <summary>What a person grain persists. The contract records inside are immutable; only the lists change.</summary>
public sealed class PersonState : IRestorableState<PersonState>
{
    /// <summary>Set by Register; the person exists exactly while this is set.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    public SeekerProfile Profile { get; set; } = new();

    /// <summary>Kept only while the disability consent is active; withdrawing sets it to null in the same write.</summary>
    public DisabilityInfo? Disability { get; set; }

    /// <summary>Every consent given, oldest first; withdrawn ones stay as evidence.</summary>
    public List<ConsentRecord> Consents { get; set; } = [];

    public List<OrganisationMembership> Memberships { get; set; } = [];

    /// <summary>One choice per application.</summary>
    public List<DisclosureChoice> Disclosures { get; set; } = [];

    /// <summary>Rooms the person chatted in, oldest first, bounded.</summary>
    public List<string> ChatRoomIds { get; set; } = [];

    /// <summary>A copy that shares no list with this one, so a failed write can put the old state back.</summary>
    public PersonState Copy() => new()
    {
        CreatedAt = CreatedAt,
        Profile = Profile,
        Disability = Disability,
        Consents = [.. Consents],
        Memberships = [.. Memberships],
        Disclosures = [.. Disclosures],
        ChatRoomIds = [.. ChatRoomIds],
    };
}
