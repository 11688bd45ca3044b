namespace LiveFair.Web.Fairs;

/// <summary>The body of <c>POST /api/fairs</c>. Times carry their offset; urls are absolute http(s) or left out.</summary>
public sealed record CreateFairRequest
{
    public string? HostOrganisationId { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? ScheduledStart { get; init; }

    public DateTimeOffset? ScheduledEnd { get; init; }

    public string? PlaybackUrl { get; init; }

    public string? SignLanguageUrl { get; init; }
}
