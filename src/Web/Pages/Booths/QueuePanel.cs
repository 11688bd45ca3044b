using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;

namespace LiveFair.Web.Pages.Booths;

/// <summary>One seeker's place at one booth, drawn by <c>_QueuePanel</c> on the booth page and the room page.</summary>
public sealed record QueuePanel(string RoomId, string EmployerId, string EmployerName, QueuePlace Place, InterviewView? Interview)
{
    /// <summary>Element ids in the panel start with this, so two booths' panels on one page never share an id.</summary>
    public string IdPrefix => "q-" + EmployerId + "-";

    public string BoothPath => $"/rooms/{RoomId}/booths/{EmployerId}";

    /// <summary>Every booth of the fair where the person has an open place, for the room page.</summary>
    public static async Task<IReadOnlyList<QueuePanel>> ForFairAsync(LiveFair.Web.Rooms.RoomDirectory directory, IGrainFactory grains, string roomId, string personId)
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

        var panels = new List<QueuePanel>();
        foreach (var booth in fair.Booths)
        {
            var place = await grains.GetGrain<IBoothGrain>(booth.BoothId).GetPlace(personId);
            if (place.State != QueueState.None && await BoothContext.LoadAsync(directory, grains, roomId, booth.EmployerId) is { } context)
            {
                panels.Add(await LoadAsync(grains, context, personId));
            }
        }

        return panels;
    }

    public static async Task<QueuePanel> LoadAsync(IGrainFactory grains, BoothContext context, string personId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(context);
        var booth = grains.GetGrain<IBoothGrain>(context.BoothId);
        var place = await booth.GetPlace(personId);
        InterviewView? interview = null;
        if (place is { State: QueueState.Interviewing, ApplicationId: { } applicationId })
        {
            try
            {
                interview = await booth.GetInterview(personId, applicationId);
            }
            catch (DomainException refusal) when (refusal.Kind is ErrorKind.NotFound or ErrorKind.Conflict)
            {
                // Ended between the two reads: the panel shows the place, and the script catches up.
            }
        }

        return new QueuePanel(context.Room.RoomId, context.Booth.EmployerId, context.Employer.Profile.Name, place, interview);
    }
}
