using LiveFair.Contracts.People;

namespace LiveFair.Web.People;

/// <summary>
/// A place outside the person grain and the account that holds someone's data (chat rooms, organisations;
/// later orders and media). "Download my data" asks every holder, and account deletion erases from every
/// holder before the person grain and the account go, so a new kind of data cannot be forgotten by either.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>The section name in the export file.</summary>
    string Section { get; }

    /// <summary>What this holder keeps about the person, or null when it keeps nothing.</summary>
    Task<object?> ExportAsync(string personId, PersonExport person, CancellationToken cancellationToken);

    Task EraseAsync(string personId, PersonErasure plan, CancellationToken cancellationToken);
}
