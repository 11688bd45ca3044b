using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;

namespace LiveFair.Web.Booths;

/// <summary>A booth as anyone may see it, with the jobs one can apply to there now.</summary>
public sealed record BoothDetails(BoothView Booth, IReadOnlyList<JobView> Jobs);
