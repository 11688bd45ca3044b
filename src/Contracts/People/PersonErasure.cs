namespace LiveFair.Contracts.People;

/// <summary>Where an erased person still has data that other grains must delete.</summary>
[GenerateSerializer]
[Alias("LiveFair.PersonErasure")]
public sealed record PersonErasure
{
    [Id(0)] public IReadOnlyList<string> OrganisationIds { get; init; } = [];
    [Id(1)] public IReadOnlyList<string> ChatRoomIds { get; init; } = [];
}
