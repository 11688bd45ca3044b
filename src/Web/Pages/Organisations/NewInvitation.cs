namespace LiveFair.Web.Pages.Organisations;

/// <summary>The invitation just created, whose link the manage page shows this once.</summary>
public sealed record NewInvitation(string Email, string Link, DateTimeOffset ExpiresAt);
