using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;

namespace LiveFair.Web.People;

/// <summary>
/// Organisations keep a member's name, email and roles. The export already lists memberships (from the
/// person grain), so this holder only erases.
/// </summary>
internal sealed class OrganisationPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public string Section => "organisations";

    public Task<object?> ExportAsync(string personId, PersonExport person, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(null);

    public async Task EraseAsync(string personId, PersonErasure plan, CancellationToken cancellationToken)
    {
        foreach (var organisationId in plan.OrganisationIds)
        {
            await grains.GetGrain<IOrganisationGrain>(organisationId).ForgetPerson(personId);
        }
    }
}
