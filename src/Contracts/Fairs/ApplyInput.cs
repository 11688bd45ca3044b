namespace LiveFair.Contracts.Fairs;

[GenerateSerializer]
[Alias("LiveFair.ApplyInput")]
public sealed record ApplyInput
{
    [Id(0)] public required string JobId { get; init; }

    /// <summary>Whether this employer may see the disability section for this application (default no).</summary>
    [Id(1)] public bool ShareDisability { get; init; }
}

/// <summary>Who applies, from Web's authenticated caller: the name the recruiter will see (never the email).</summary>
[GenerateSerializer]
[Alias("LiveFair.Applicant")]
public sealed record Applicant
{
    [Id(0)] public required string PersonId { get; init; }
    [Id(1)] public required string DisplayName { get; init; }
}
