namespace LiveFair.Contracts.People;

/// <summary>For one application: may the employer see the disability section?</summary>
[GenerateSerializer]
[Alias("LiveFair.DisclosureChoice")]
public sealed record DisclosureChoice
{
    [Id(0)] public required string ApplicationId { get; init; }
    [Id(1)] public required string OrganisationId { get; init; }
    [Id(2)] public required bool ShareDisability { get; init; }
    [Id(3)] public DateTimeOffset ChosenAt { get; init; }
}
