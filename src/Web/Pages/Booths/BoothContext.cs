using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Booths;
using LiveFair.Web.Rooms;

namespace LiveFair.Web.Pages.Booths;

/// <summary>Everything the booth pages draw: the fair, the booth, its employer and its published jobs.</summary>
public sealed record BoothContext(RoomSnapshot Room, BoothView Booth, OrganisationView Employer, IReadOnlyList<JobView> Jobs)
{
    public string BoothId => Booth.BoothId;

    public JobView? Job(string jobId) => Jobs.FirstOrDefault(job => job.JobId == jobId);

    /// <summary>Null when the room is not a visible job fair or the employer has no booth there.</summary>
    public static async Task<BoothContext?> LoadAsync(RoomDirectory directory, IGrainFactory grains, string roomId, string employerId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(grains);
        var boothId = BoothIds.For(roomId ?? "", employerId ?? "");
        if (!BoothIds.TryParse(boothId, out _, out _)
            || await directory.GetVisibleAsync(roomId) is not { Details.Kind: RoomKind.JobFair } room)
        {
            return null;
        }

        try
        {
            var booth = await grains.GetGrain<IBoothGrain>(boothId).GetView();
            var employer = await grains.GetGrain<IOrganisationGrain>(employerId!).GetView();
            return new BoothContext(room, booth, employer, await PublishedJobs.OfAsync(grains, booth.JobIds));
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
