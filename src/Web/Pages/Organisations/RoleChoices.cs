using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>
/// A group of role checkboxes for <c>_RoleChoices</c>. <see cref="IdPrefix"/> keeps ids unique when one page
/// has a group per member; <see cref="Name"/> is the form field the checked roles are posted as.
/// </summary>
public sealed record RoleChoices(
    string IdPrefix,
    string Name,
    string Legend,
    IReadOnlyCollection<OrganisationRole> Checked,
    bool WithHints,
    bool LegendHidden = false,
    string? Error = null,
    string? ErrorId = null);
