namespace LiveFair.Contracts.People;

/// <summary>Everything the person grain holds about someone, for their "download my data".</summary>
[GenerateSerializer]
[Alias("LiveFair.PersonExport")]
public sealed record PersonExport
{
    [Id(0)] public required PersonView Person { get; init; }
    [Id(1)] public IReadOnlyList<DisclosureChoice> Disclosures { get; init; } = [];
    [Id(2)] public IReadOnlyList<string> ChatRoomIds { get; init; } = [];
}
