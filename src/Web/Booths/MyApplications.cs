using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;

namespace LiveFair.Web.Booths;

/// <summary>A person's own applications, newest first, each as its applicant sees it (never the private note).</summary>
public sealed class MyApplications(IGrainFactory grains)
{
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(string personId)
    {
        var ids = await IdsAsync(personId);
        var views = await Task.WhenAll(ids.Select(id => ViewOrNullAsync(personId, id)));
        return [.. views.OfType<ApplicationView>().OrderByDescending(view => view.AppliedAt)];
    }

    /// <summary>Every application id the person has, from the disclosure each application records with the person.</summary>
    public async Task<IReadOnlyList<string>> IdsAsync(string personId)
    {
        var export = await grains.GetGrain<IPersonGrain>(personId).Export();
        return [.. export.Disclosures.Select(disclosure => disclosure.ApplicationId).Distinct(StringComparer.Ordinal)];
    }

    private async Task<ApplicationView?> ViewOrNullAsync(string personId, string applicationId)
    {
        try
        {
            return await grains.GetGrain<IApplicationGrain>(applicationId).GetForApplicant(personId);
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // Erased, or a disclosure whose application was never created.
            return null;
        }
    }
}
