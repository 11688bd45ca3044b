namespace LiveFair.Contracts.Organisations;

/// <summary>
/// What an organisation says about itself. <see cref="Industry"/>, <see cref="Size"/> and
/// <see cref="AccessibilityFacts"/> are for employers; the grain refuses them for other kinds.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.OrganisationProfile")]
public sealed record OrganisationProfile
{
    [Id(0)] public required OrganisationKind Kind { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required string City { get; init; }
    [Id(3)] public string Description { get; init; } = "";
    [Id(4)] public string? Industry { get; init; }
    [Id(5)] public CompanySize? Size { get; init; }
    [Id(6)] public IReadOnlyList<WorkplaceAccessibility> AccessibilityFacts { get; init; } = [];
}

public static class OrganisationLimits
{
    public const int Name = 60;
    public const int City = 40;
    public const int Description = 1000;
    public const int Industry = 40;
    public const int MaxInvitations = 50;
    public const int MaxMembers = 500;
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
}

[GenerateSerializer]
[Alias("LiveFair.CompanySize")]
public enum CompanySize
{
    Under20 = 0,
    From20To99 = 1,
    From100To499 = 2,
    From500To999 = 3,
    From1000 = 4,
}

/// <summary>Facts about the workplace that a disabled applicant needs before applying.</summary>
[GenerateSerializer]
[Alias("LiveFair.WorkplaceAccessibility")]
public enum WorkplaceAccessibility
{
    StepFreeEntrance = 0,
    AccessibleToilet = 1,
    Lift = 2,
    TactilePaving = 3,
    ScreenReaderSoftware = 4,
    SignLanguageColleagues = 5,
}
