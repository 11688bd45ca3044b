namespace LiveFair.Web.Pages.MyAccount;

/// <summary>A refusal as a page shows it: the text key, the English fallback and the input it is about.</summary>
public sealed record FormError(string TextKey, string Fallback, string? FieldId);
