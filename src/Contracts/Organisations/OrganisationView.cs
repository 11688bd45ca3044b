namespace LiveFair.Contracts.Organisations;

[GenerateSerializer]
[Alias("LiveFair.OrganisationView")]
public sealed record OrganisationView
{
    [Id(0)] public required string OrganisationId { get; init; }
    [Id(1)] public required OrganisationProfile Profile { get; init; }

    /// <summary>Checked by a platform admin; viewers see a verified badge.</summary>
    [Id(2)] public bool Verified { get; init; }
    [Id(3)] public DateTimeOffset? VerifiedAt { get; init; }
    [Id(4)] public int MemberCount { get; init; }
    [Id(5)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Rises with every change; the directory read model keeps the newest.</summary>
    [Id(6)] public long Version { get; init; }
}
