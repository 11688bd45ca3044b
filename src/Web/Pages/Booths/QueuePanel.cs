using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Pages.Booths;

/// <summary>One seeker's place at one booth, drawn by <c>_QueuePanel</c> on the booth page and the room page.</summary>
public sealed record QueuePanel(string RoomId, string EmployerId, string EmployerName, QueuePlace Place, InterviewView? Interview)
{
    /// <summary>Element ids in the panel start with this, so two booths' panels on one page never share an id.</summary>
    public string IdPrefix => "q-" + EmployerId + "-";

    public string BoothPath => $"/rooms/{RoomId}/booths/{EmployerId}";

    /// <summary>
    /// Every booth of the fair where the person has an open place, for the room page. Only the places are read:
    /// a panel needs the booth's employer name, which the fair already lists, not the booth's jobs.
    /// </summary>
    public static async Task<IReadOnlyList<QueuePanel>> ForFairAsync(IGrainFactory grains, string roomId, string personId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        FairView fair;
        try
        {
            fair = await grains.GetGrain<IFairGrain>(roomId).GetView();
        }
        catch (DomainException refusal) when (refusal.Kind == ErrorKind.NotFound)
        {
            return [];
        }

        var places = await Task.WhenAll(fair.Booths.Select(booth => grains.GetGrain<IBoothGrain>(booth.BoothId).GetPlace(personId)));
        var panels = new List<QueuePanel>();
        foreach (var (booth, place) in fair.Booths.Zip(places))
        {
            if (place.State != QueueState.None)
            {
                panels.Add(await WithInterviewAsync(grains, roomId, booth.EmployerId, booth.EmployerName, place, personId));
            }
        }

        return panels;
    }

    public static async Task<QueuePanel> LoadAsync(IGrainFactory grains, BoothContext context, string personId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(context);
        var place = await grains.GetGrain<IBoothGrain>(context.BoothId).GetPlace(personId);
        return await WithInterviewAsync(grains, context.Room.RoomId, context.Booth.EmployerId, context.Employer.Profile.Name, place, personId);
    }

    private static async Task<QueuePanel> WithInterviewAsync(
        IGrainFactory grains, string roomId, string employerId, string employerName, QueuePlace place, string personId)
    {
        InterviewView? interview = null;
        if (place is { State: QueueState.Interviewing, ApplicationId: { } applicationId })
        {
            try
            {
                interview = await grains.GetGrain<IBoothGrain>(place.BoothId).GetInterview(personId, applicationId);
            }
            catch (DomainException refusal) when (refusal.Kind is ErrorKind.NotFound or ErrorKind.Conflict)
            {
                // Ended between the two reads: the panel shows the place, and the script catches up.
            }
        }

        return new QueuePanel(roomId, employerId, employerName, place, interview);
    }
}
