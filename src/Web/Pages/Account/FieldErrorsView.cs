namespace LiveFair.Web.Pages.Account;

/// <summary>The model of the _FieldErrors partial: one field's messages.</summary>
public sealed record FieldErrorsView(FormErrors Errors, string Field);
