using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Workshops;

/// <summary>
/// Who keeps a workshop's makers and products: its admins and streamers, asked of the organisation grain on each
/// request (the workshop and product grains check again on every change).
/// </summary>
public sealed class WorkshopAccess(IGrainFactory grains)
{
    /// <summary>The workshop; NotFound when there is no organisation with that id or it is not a workshop.</summary>
    public async Task<OrganisationView> GetWorkshopAsync(string organisationId)
    {
        var view = await grains.GetGrain<IOrganisationGrain>(organisationId).GetView();
        return view.Profile.Kind == OrganisationKind.Workshop ? view : throw WorkshopProblems.NotWorkshop(organisationId);
    }

    public async Task<bool> IsManagerAsync(string organisationId, string? personId)
    {
        if (personId is null)
        {
            return false;
        }

        var roles = await grains.GetGrain<IOrganisationGrain>(organisationId).GetRoles(personId);
        return roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer);
    }

    /// <summary>Forbidden unless <paramref name="personId"/> keeps this workshop's makers and products.</summary>
    public async Task RequireManagerAsync(string organisationId, string? personId)
    {
        if (!await IsManagerAsync(organisationId, personId))
        {
            throw new DomainException(ErrorKind.Forbidden, "workshop.forbidden", "Only the workshop's admins and streamers may do this.");
        }
    }
}
