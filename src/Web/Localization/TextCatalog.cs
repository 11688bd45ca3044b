namespace LiveFair.Web.Localization;

/// <summary>
/// Every UI string, Chinese first. Keys prefixed "js." are handed to page scripts. Each feature keeps its
/// strings next to its code in a <c>*Texts</c> class listed here; a key defined twice stops the app at start.
/// </summary>
internal static class TextCatalog
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = Merge(
        CoreTexts.Entries,
        Organisations.OrganisationTexts.Entries,
        Fairs.FairTexts.Entries,
        People.PeopleTexts.Entries,
        Rooms.ChatTexts.Entries,
        Identity.AccountTexts.Entries,
        Jobs.JobTexts.Entries,
        Booths.QueueTexts.Entries,
        Booths.ConsoleTexts.Entries,
        Booths.PinTexts.Entries,
        Products.ProductTexts.Entries,
        Workshops.MakerTexts.Entries,
        Orders.OrderTexts.Entries);

    private static Dictionary<string, (string Zh, string En)> Merge(params IReadOnlyDictionary<string, (string Zh, string En)>[] parts)
    {
        var all = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal);
        foreach (var (key, value) in parts.SelectMany(part => part))
        {
            if (!all.TryAdd(key, value))
            {
                throw new InvalidOperationException($"The text key '{key}' is defined twice.");
            }
        }

        return all;
    }
}
