namespace LiveFair.Contracts.People;

/// <summary>What authorization needs on every request: does the person exist, and their organisation roles.</summary>
[GenerateSerializer]
[Alias("LiveFair.PersonAccess")]
public sealed record PersonAccess
{
    [Id(0)] public required bool Exists { get; init; }
    [Id(1)] public IReadOnlyList<OrganisationMembership> Memberships { get; init; } = [];
}
