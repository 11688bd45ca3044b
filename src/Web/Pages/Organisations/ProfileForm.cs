using LiveFair.Web.Organisations;

namespace LiveFair.Web.Pages.Organisations;

/// <summary>
/// The profile fields for <c>_ProfileFields</c>: on the create page the kind is chosen (and the employer part
/// shows only for employers); when editing, the kind is fixed and shown as text.
/// </summary>
public sealed record ProfileForm(OrganisationInput Input, FormErrors Errors, bool KindFixed);
