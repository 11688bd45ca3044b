using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Fairs;

/// <summary>
/// Creating a fair: the caller must be an admin or streamer of the host organisation, which must be an employer
/// or a service organisation (workshops hold charity sales, not fairs). Title, times and urls are checked by the
/// room grain's own rules, so a fair's room is held to exactly what any room is.
/// </summary>
public sealed partial class FairCreation(IGrainFactory grains, ILogger<FairCreation> logger)
{
    public async Task<RoomSnapshot> CreateAsync(string actorId, CreateFairRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrganisationIds.IsValid(request.HostOrganisationId))
        {
            throw FairErrors.Invalid("fair.host_invalid", "hostOrganisationId must be an organisation id such as org-3f9a1c2b7d.");
        }

        var organisation = grains.GetGrain<IOrganisationGrain>(request.HostOrganisationId!);
        var host = await organisation.GetView();
        var roles = await organisation.GetRoles(actorId);
        if (!roles.Contains(OrganisationRole.Admin) && !roles.Contains(OrganisationRole.Streamer))
        {
            throw FairErrors.CannotCreate();
        }

        if (host.Profile.Kind is not (OrganisationKind.Employer or OrganisationKind.ServiceOrganisation))
        {
            throw FairErrors.HostKind();
        }

        if (request.ScheduledStart is not { } start || request.ScheduledEnd is not { } end)
        {
            throw FairErrors.Invalid("room.schedule_required", "scheduledStart and scheduledEnd are both required.");
        }

        var roomId = FairIds.New();
        var room = grains.GetGrain<IRoomGrain>(roomId);
        if (await ExistsAsync(room))
        {
            // Scheduling an existing id would rewrite that room; forty bits make this a once-in-ages event.
            throw new DomainException(ErrorKind.Conflict, "fair.id_taken", "Try again.");
        }

        var snapshot = await room.Schedule(new RoomDetails
        {
            Kind = RoomKind.JobFair,
            Title = request.Title ?? "",
            Description = request.Description ?? "",
            HostOrganisationId = host.OrganisationId,
            HostOrganisationName = host.Profile.Name,
            ScheduledStart = start,
            ScheduledEnd = end,
            PlaybackUrl = request.PlaybackUrl,
            SignLanguageUrl = request.SignLanguageUrl,
        });
        LogCreated(roomId, host.OrganisationId, actorId);
        return snapshot;
    }

    private static async Task<bool> ExistsAsync(IRoomGrain room)
    {
        try
        {
            await room.GetSnapshot();
            return true;
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {RoomId} created for organisation {OrganisationId} by person {ActorId}")]
    private partial void LogCreated(string roomId, string organisationId, string actorId);
}
