using LiveFair.Web.Jobs;

namespace LiveFair.Web.Booths;

/// <summary>A fair's job with how well it suits the signed-in seeker and why.</summary>
public sealed record JobRecommendation(FairJob Job, int Score, IReadOnlyList<JobFitReason> Reasons);
