using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using LiveFair.Web.People;

namespace LiveFair.Web.Booths;

/// <summary>
/// The person's job applications: exported as they see them, erased with their interview transcripts. The
/// booths forget the person first, so no queue or open interview points at a record that is gone; the booths'
/// counts for the fair report stay, as they say nothing about who applied.
/// </summary>
internal sealed class ApplicationPersonalData(IGrainFactory grains, MyApplications applications) : IPersonalDataHolder
{
    public string Section => "applications";

    public async Task<object?> ExportAsync(string personId, PersonExport person, CancellationToken cancellationToken) =>
        await applications.ListAsync(personId, cancellationToken);

    public async Task EraseAsync(string personId, PersonErasure plan, CancellationToken cancellationToken)
    {
        var mine = await applications.ListAsync(personId, cancellationToken);
        foreach (var boothId in mine.Select(application => application.BoothId).Distinct(StringComparer.Ordinal))
        {
            await grains.GetGrain<IBoothGrain>(boothId).ForgetPerson(personId);
        }

        foreach (var application in mine)
        {
            await grains.GetGrain<IApplicationGrain>(application.ApplicationId).EraseRecord();
        }
    }
}
