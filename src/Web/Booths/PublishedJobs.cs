using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;

namespace LiveFair.Web.Booths;

/// <summary>
/// The published jobs among a booth's job ids. A booth keeps the ids it was set up with; a job closed or
/// unpublished since then is simply not shown, and nobody can apply to it (the booth asks the job again).
/// </summary>
internal static class PublishedJobs
{
    public static async Task<IReadOnlyList<JobView>> OfAsync(IGrainFactory grains, IEnumerable<string> jobIds)
    {
        var views = await Task.WhenAll(jobIds.Distinct(StringComparer.Ordinal).Select(id => ViewOrNullAsync(grains, id)));
        return [.. views.OfType<JobView>().Where(job => job.Status == JobStatus.Published)];
    }

    private static async Task<JobView?> ViewOrNullAsync(IGrainFactory grains, string jobId)
    {
        try
        {
            return await grains.GetGrain<IJobGrain>(jobId).GetView();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
