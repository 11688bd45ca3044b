namespace LiveFair.Web.Pages.Booths;

/// <summary>The "share my disability section with this employer" choice, off unless the seeker ticks it.</summary>
public sealed record ShareChoice(string Id, bool HasDisabilitySection);
