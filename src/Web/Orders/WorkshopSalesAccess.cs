using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Orders;

/// <summary>
/// Who sees a workshop's orders and sales: its admins and streamers, asked of the organisation grain on every
/// request (the order grain asks again on every change). Anyone else is refused before a read model is read.
/// </summary>
public sealed class WorkshopSalesAccess(IGrainFactory grains)
{
    public async Task<bool> IsManagerAsync(string workshopId, string? personId)
    {
        if (personId is null)
        {
            return false;
        }

        var roles = await grains.GetGrain<IOrganisationGrain>(workshopId).GetRoles(personId);
        return roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer);
    }

    public async Task RequireManagerAsync(string workshopId, string? personId)
    {
        if (!await IsManagerAsync(workshopId, personId))
        {
            throw new DomainException(ErrorKind.Forbidden, "order.forbidden", "Only the workshop's admins and streamers see its orders and sales.");
        }
    }
}
