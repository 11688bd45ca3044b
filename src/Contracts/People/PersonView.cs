namespace LiveFair.Contracts.People;

/// <summary>A person as they see themselves.</summary>
[GenerateSerializer]
[Alias("LiveFair.PersonView")]
public sealed record PersonView
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required SeekerProfile Profile { get; init; }

    /// <summary>Present only while <see cref="DisabilityConsentRecord"/> is active.</summary>
    [Id(2)] public DisabilityInfo? Disability { get; init; }

    /// <summary>The active consent for the disability section, if any.</summary>
    [Id(3)] public ConsentRecord? DisabilityConsentRecord { get; init; }

    /// <summary>Every consent given and withdrawn, oldest first (kept as evidence; holds no disability data).</summary>
    [Id(4)] public IReadOnlyList<ConsentRecord> ConsentHistory { get; init; } = [];
    [Id(5)] public IReadOnlyList<OrganisationMembership> Memberships { get; init; } = [];
    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }
}
