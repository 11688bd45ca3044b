namespace LiveFair.Contracts.People;

/// <summary>One consent as given: for what, to which wording, when, and when it was withdrawn.</summary>
[GenerateSerializer]
[Alias("LiveFair.ConsentRecord")]
public sealed record ConsentRecord
{
    [Id(0)] public required string Purpose { get; init; }
    [Id(1)] public required string WordingVersion { get; init; }
    [Id(2)] public required DateTimeOffset GivenAt { get; init; }
    [Id(3)] public DateTimeOffset? WithdrawnAt { get; init; }

    public bool IsActive => WithdrawnAt is null;
}

/// <summary>The consent that the disability section needs. The wording itself is in the Web text catalog.</summary>
public static class DisabilityConsent
{
    public const string Purpose = "disability-section";

    /// <summary>Changes whenever the wording shown to people changes; old versions are refused.</summary>
    public const string CurrentVersion = "2026-11-v1";
}
