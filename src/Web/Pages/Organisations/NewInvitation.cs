namespace LiveFair.Web.Pages.Organisations;

/// <summary>The invitation just created, whose link the manage page shows this once, and whether it was mailed too.</summary>
public sealed record NewInvitation(string Email, string Link, DateTimeOffset ExpiresAt, bool Mailed);
