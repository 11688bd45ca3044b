namespace LiveFair.Web.Organisations;

/// <summary>The invitation code from the link (<c>?code=</c>), sent to join.</summary>
public sealed record JoinRequest(string? Token);
