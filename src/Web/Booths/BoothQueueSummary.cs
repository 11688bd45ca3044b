using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>What a recruiter's console hears when the queue changes; it reads the details from the console endpoint.</summary>
public sealed record BoothQueueSummary
{
    public required string BoothId { get; init; }
    public int Waiting { get; init; }
    public BoothStatus? Status { get; init; }
    public int Called { get; init; }
    public int Interviewing { get; init; }

    public static BoothQueueSummary From(BoothQueueState queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return new()
        {
            BoothId = queue.BoothId,
            Waiting = queue.Waiting.Count,
            Status = queue.Status,
            Called = queue.Called.Count,
            Interviewing = queue.Interviewing.Count,
        };
    }
}
