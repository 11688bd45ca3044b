using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Web.Jobs;

namespace LiveFair.Web.Booths;

/// <summary>
/// A fair's jobs ordered by <see cref="JobFit"/> for one seeker, from their own profile and disability section.
/// Nothing is stored, and the answer goes to the seeker alone: the reasons can say what their disability is.
/// </summary>
public sealed class FairRecommendations(IGrainFactory grains, FairJobs fairJobs)
{
    public async Task<IReadOnlyList<JobRecommendation>> ForAsync(string roomId, string personId)
    {
        var jobs = await fairJobs.ListAsync(roomId);
        var person = await grains.GetGrain<IPersonGrain>(personId).GetView();
        var employerIds = jobs.Select(job => job.EmployerId).Distinct(StringComparer.Ordinal).ToList();
        var employerViews = await Task.WhenAll(employerIds.Select(id => grains.GetGrain<IOrganisationGrain>(id).GetView()));
        var employers = employerIds.Zip(employerViews).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        // Ties keep the fair's order (booth by booth), so the list does not reshuffle between visits.
        return [.. jobs
            .Select(job =>
            {
                var fit = JobFit.Score(person.Profile, person.Disability, job.Job, employers[job.EmployerId]);
                return new JobRecommendation(job, fit.Score, fit.Reasons);
            })
            .OrderByDescending(recommendation => recommendation.Score)];
    }
}
