using LiveFair.Web.Identity;

namespace LiveFair.Web.Pages.Account;

/// <summary>
/// The refusals of one posted form, for the error summary (focused after the post) and for each field's
/// message, which the field points at with aria-describedby.
/// </summary>
public sealed class FormErrors
{
    private readonly List<AccountError> _all = [];

    public bool Any => _all.Count > 0;

    public IReadOnlyList<AccountError> All => _all;

    public void Add(string field, string code) => _all.Add(new AccountError(field, code));

    public void AddRange(IEnumerable<AccountError> errors) => _all.AddRange(errors);

    public IReadOnlyList<string> For(string field) => [.. _all.Where(e => e.Field == field).Select(e => e.Code)];

    public bool Has(string field) => _all.Any(e => e.Field == field);

    /// <summary>The id of a field's message element.</summary>
    public static string MessageId(string field) => field + "-error";

    /// <summary>The aria-describedby value of a field: its hint, then its message if it has one.</summary>
    public string DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, Has(field) ? MessageId(field) : null }.Where(id => id is not null));
}
