using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.People;
using LiveFair.Silo.Fairs;

namespace LiveFair.Web.Booths;

/// <summary>A person's own applications, newest first, each as its applicant sees it (never the private note).</summary>
public sealed class MyApplications(IGrainFactory grains, ApplicationIndex index)
{
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(string personId, CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(personId, cancellationToken);
        var views = await Task.WhenAll(ids.Select(id => ViewOrNullAsync(personId, id)));
        return [.. views.OfType<ApplicationView>().OrderByDescending(view => view.AppliedAt).ThenByDescending(view => view.ApplicationId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The person's application ids from the application index, and from the disclosures the person grain
    /// keeps: an application whose index row was never written must still be exported and erased.
    /// </summary>
    private async Task<IReadOnlyList<string>> IdsAsync(string personId, CancellationToken cancellationToken)
    {
        var ids = (await index.ListForPersonAsync(personId, cancellationToken)).Select(entry => entry.ApplicationId).ToHashSet(StringComparer.Ordinal);
        try
        {
            var export = await grains.GetGrain<IPersonGrain>(personId).Export();
            ids.UnionWith(export.Disclosures.Select(disclosure => disclosure.ApplicationId));
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            // An erasure retried after the person grain was erased: the index is all that is left to go by.
        }

        return [.. ids];
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
