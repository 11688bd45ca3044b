namespace LiveFair.Contracts.People;

/// <summary>
/// A job seeker's profile. Every field is optional so it can be filled in over time; limits are in
/// <see cref="ProfileLimits"/>. Text is plain text: markup is kept as typed and always shown escaped.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.SeekerProfile")]
public sealed record SeekerProfile
{
    [Id(0)] public string? FullName { get; init; }
    [Id(1)] public Gender? Gender { get; init; }
    [Id(2)] public int? BirthYear { get; init; }
    [Id(3)] public int? BirthMonth { get; init; }
    [Id(4)] public string? Phone { get; init; }
    [Id(5)] public string? City { get; init; }
    [Id(6)] public EducationLevel? Education { get; init; }
    [Id(7)] public string? School { get; init; }
    [Id(8)] public string? Major { get; init; }
    [Id(9)] public int? GraduationYear { get; init; }
    [Id(10)] public IReadOnlyList<Sector> IntendedSectors { get; init; } = [];
    [Id(11)] public IReadOnlyList<SupportService> ServicesWanted { get; init; } = [];
    [Id(12)] public IReadOnlyList<string> Skills { get; init; } = [];
    [Id(13)] public string? Cv { get; init; }
}
