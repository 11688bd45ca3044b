namespace LiveFair.Contracts.People;

/// <summary>What an employer sees of an applicant for one application.</summary>
[GenerateSerializer]
[Alias("LiveFair.ApplicantProfile")]
public sealed record ApplicantProfile
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required SeekerProfile Profile { get; init; }

    /// <summary>Only when the person shared it for this application and their consent is still active.</summary>
    [Id(2)] public DisabilityInfo? Disability { get; init; }
}
