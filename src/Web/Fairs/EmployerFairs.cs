using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Fairs;
using LiveFair.Silo.Lobby;
using LiveFair.Web.Demo;
using LiveFair.Web.Rooms;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Fairs;

/// <summary>The fairs an organisation hosts, and the fairs that invited it, for its members.</summary>
public sealed class EmployerFairs(LobbyReadModel lobby, FairInvitationIndex index, RoomDirectory rooms, IGrainFactory grains, IOptions<DemoOptions> demo)
{
    /// <summary>The job fairs hosted by <paramref name="organisationId"/>, live first, then upcoming, then ended.</summary>
    public async Task<IReadOnlyList<LobbyRoom>> HostedAsync(string organisationId, CancellationToken cancellationToken = default) =>
        [.. (await lobby.ListAsync(demo.Value.Enabled, cancellationToken))
            .Where(room => room.Kind == RoomKind.JobFair && room.HostOrganisationId == organisationId)];

    /// <summary>
    /// From the invitation index, newest first; members of the organisation only (403 otherwise, 404 for an
    /// unknown organisation). Each fair's room supplies its host and times; a hidden demo fair is left out.
    /// </summary>
    public async Task<IReadOnlyList<EmployerFairInvitation>> InvitationsAsync(string organisationId, string actorId, CancellationToken cancellationToken = default)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(organisationId);
        await organisation.GetView();
        if ((await organisation.GetRoles(actorId)).Count == 0)
        {
            throw FairErrors.NotMember();
        }

        var invitations = new List<EmployerFairInvitation>();
        foreach (var entry in await index.ListForEmployerAsync(organisationId, cancellationToken))
        {
            if (await rooms.GetVisibleAsync(entry.RoomId) is { } room)
            {
                var details = room.Details;
                invitations.Add(new EmployerFairInvitation(
                    room.RoomId, details.Title, details.HostOrganisationId, details.HostOrganisationName, details.ScheduledStart, details.ScheduledEnd,
                    room.Status, entry.Status, entry.InvitedAt));
            }
        }

        return invitations;
    }
}
