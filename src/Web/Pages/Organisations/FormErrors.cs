using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>
/// What went wrong with a form, in the visitor's language: one entry per field problem (linked from the
/// error summary to the field, and tied to it with aria-describedby) and entries for refusals by the grain.
/// </summary>
public sealed class FormErrors(Texts texts, string idPrefix = "")
{
    private readonly List<Entry> _entries = [];

    /// <summary>A problem to show; <see cref="Anchor"/> is the id of the element to fix, or null for the form as a whole.</summary>
    public sealed record Entry(string? Field, string? Anchor, string Text);

    public IReadOnlyList<Entry> Entries => _entries;

    public bool Any => _entries.Count > 0;

    /// <summary>Element ids on the page start with this, so several forms on one page never share an id.</summary>
    public string IdPrefix => idPrefix;

    /// <summary>
    /// Field problems; <paramref name="fieldIdPrefix"/> is for fields outside this form's own ids (one member's
    /// row in a table of members).
    /// </summary>
    public void Add(IEnumerable<FieldError> errors, string? fieldIdPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            var key = $"orgs.error.{error.Field}.{error.Code}";
            var text = texts[key];
            _entries.Add(new Entry(error.Field, (fieldIdPrefix ?? idPrefix) + AnchorOf(error.Field), text == key ? error.Message : text));
        }
    }

    /// <summary>A command the organisation grain refused: its code says why, in words the visitor can act on.</summary>
    public void Add(DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        _entries.Add(new Entry(null, null, Refusal(texts, refusal)));
    }

    /// <summary>A refusal another feature has already put in words (its own texts for its own codes).</summary>
    public void Add(string text) => _entries.Add(new Entry(null, null, text));

    public static string Refusal(Texts texts, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var key = "orgs.refused." + refusal.Code;
        var text = texts[key];
        return text == key ? texts["orgs.refused.generic"] : text;
    }

    /// <summary>The message for one field, or null; its element id is <see cref="ErrorId"/>.</summary>
    public string? For(string field) => _entries.FirstOrDefault(entry => entry.Field == field)?.Text;

    public string ErrorId(string field) => idPrefix + field + "-error";

    /// <summary>aria-describedby for a field: its hint (if any) and its error (if any); null when neither.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { hintId, For(field) is null ? null : ErrorId(field) }.Where(id => id is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    public string Invalid(string field) => For(field) is null ? "false" : "true";

    // Groups of radios or checkboxes are fixed by their first option.
    private static string AnchorOf(string field) => field switch
    {
        "kind" => "kind-" + OrganisationKind.Employer,
        "accessibilityFacts" => "accessibilityFacts-" + WorkplaceAccessibility.StepFreeEntrance,
        "roles" => "roles-" + OrganisationRole.Admin,
        _ => field,
    };
}
