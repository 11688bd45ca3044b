using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>
/// Every published job of a fair's booths. Each booth is asked for its own job ids: a booth's set-up can change
/// after the fair listed it, and calls only go from the fair to its booths, never back.
/// </summary>
public sealed class FairJobs(IGrainFactory grains)
{
    public async Task<IReadOnlyList<FairJob>> ListAsync(string roomId)
    {
        var fair = await grains.GetGrain<IFairGrain>(roomId).GetView();
        var booths = await Task.WhenAll(fair.Booths.Select(summary => grains.GetGrain<IBoothGrain>(summary.BoothId).GetView()));
        var jobs = new List<FairJob>();
        foreach (var booth in booths)
        {
            foreach (var job in await PublishedJobs.OfAsync(grains, booth.JobIds))
            {
                jobs.Add(new FairJob(job, booth.BoothId, booth.EmployerId, booth.EmployerName, booth.Status));
            }
        }

        return jobs;
    }
}
