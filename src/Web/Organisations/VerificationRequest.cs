namespace LiveFair.Web.Organisations;

/// <summary>Whether a platform admin has checked the organisation; null is refused, not read as false.</summary>
public sealed record VerificationRequest(bool? Verified);
