using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Silo.Lobby;
using LiveFair.Web.Demo;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Fairs;

/// <summary>The fairs an organisation hosts, and the fairs that invited it, for its members.</summary>
public sealed class EmployerFairs(LobbyReadModel lobby, IGrainFactory grains, IOptions<DemoOptions> demo)
{
    /// <summary>The job fairs hosted by <paramref name="organisationId"/>, live first, then upcoming, then ended.</summary>
    public async Task<IReadOnlyList<LobbyRoom>> HostedAsync(string organisationId, CancellationToken cancellationToken = default) =>
        [.. (await lobby.ListAsync(demo.Value.Enabled, cancellationToken))
            .Where(room => room.Kind == RoomKind.JobFair && room.HostOrganisationId == organisationId)];

    /// <summary>Members of the organisation only (403 otherwise, 404 for an unknown organisation).</summary>
    public async Task<IReadOnlyList<EmployerFairInvitation>> InvitationsAsync(string organisationId, string actorId, CancellationToken cancellationToken = default)
    {
        var organisation = grains.GetGrain<IOrganisationGrain>(organisationId);
        await organisation.GetView();
        if ((await organisation.GetRoles(actorId)).Count == 0)
        {
            throw FairErrors.NotMember();
        }

        var invitations = new List<EmployerFairInvitation>();
        foreach (var room in await lobby.ListAsync(demo.Value.Enabled, cancellationToken))
        {
            if (room.Kind != RoomKind.JobFair)
            {
                continue;
            }

            var view = await grains.GetGrain<IFairGrain>(room.RoomId).GetView();
            if (view.Invitations.FirstOrDefault(invitation => invitation.EmployerId == organisationId) is { } invitation)
            {
                invitations.Add(new EmployerFairInvitation(
                    room.RoomId, room.Title, room.HostOrganisationId, room.HostOrganisationName, room.ScheduledStart, room.ScheduledEnd,
                    room.Status, invitation.Status, invitation.InvitedAt, invitation.AnsweredAt));
            }
        }

        return invitations;
    }
}
