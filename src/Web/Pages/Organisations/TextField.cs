namespace LiveFair.Web.Pages.Organisations;

/// <summary>
/// One labelled text input for <c>_TextField</c>, with its hint and error tied to it by aria-describedby.
/// <see cref="Field"/> is the camelCase field name errors use; <see cref="Name"/> the posted form name.
/// </summary>
public sealed record TextField(
    FormErrors Errors,
    string Field,
    string Name,
    string Label,
    string? Value,
    int MaxLength,
    string? Hint = null,
    string Type = "text",
    string? Autocomplete = null,
    bool Required = true);
