using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>An interview event as a browser receives it: the two person ids stay on the server.</summary>
public sealed record InterviewClientEvent
{
    public required string ApplicationId { get; init; }
    public required InterviewEventKind Kind { get; init; }
    public InterviewMessage? Message { get; init; }
    public bool FromApplicant { get; init; }
    public InterviewView? Interview { get; init; }

    public static InterviewClientEvent From(InterviewEvent interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return new()
        {
            ApplicationId = interview.ApplicationId,
            Kind = interview.Kind,
            Message = interview.Message,
            FromApplicant = interview.FromApplicant,
            Interview = interview.Interview,
        };
    }
}
