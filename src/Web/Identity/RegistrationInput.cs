namespace LiveFair.Web.Identity;

/// <summary>What a person typed into the registration form or sent to the API; anything may be missing.</summary>
public sealed record RegistrationInput(string? Email, string? DisplayName, string? Password, string? ConfirmPassword);
