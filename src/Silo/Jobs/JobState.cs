using LiveFair.Contracts.Jobs;

using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Jobs;

/// <summary>What a job grain persists. The posting is an immutable record, so a shallow copy restores it.</summary>
public sealed class JobState : IRestorableState<JobState>
{
    /// <summary>Set by Create; the job exists exactly while this is set.</summary>
    public string? OrganisationId { get; set; }

    public JobPosting? Posting { get; set; }
    public JobStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Rises with every persisted change; the job catalog keeps only the highest.</summary>
    public long Version { get; set; }

    public JobState Copy() => (JobState)MemberwiseClone();
}
