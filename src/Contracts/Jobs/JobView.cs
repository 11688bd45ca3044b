namespace LiveFair.Contracts.Jobs;

[GenerateSerializer]
[Alias("LiveFair.JobView")]
public sealed record JobView
{
    [Id(0)] public required string JobId { get; init; }
    [Id(1)] public required string OrganisationId { get; init; }
    [Id(2)] public required JobPosting Posting { get; init; }
    [Id(3)] public required JobStatus Status { get; init; }
    [Id(4)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(5)] public DateTimeOffset? PublishedAt { get; init; }
    [Id(6)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Rises with every change; the job catalog read model keeps the newest.</summary>
    [Id(7)] public long Version { get; init; }
}
