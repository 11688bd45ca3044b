using LiveFair.Contracts.People;

namespace LiveFair.Contracts.Jobs;

/// <summary>
/// What an employer writes about a job. Salaries are yuan per month; limits are in <see cref="JobLimits"/>.
/// Text is plain text: markup is kept as typed and always shown escaped. The workplace's accessibility
/// facts are not repeated here: they come from the organisation's profile when the job is shown.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.JobPosting")]
public sealed record JobPosting
{
    [Id(0)] public required string Title { get; init; }
    [Id(1)] public string Description { get; init; } = "";
    [Id(2)] public required string City { get; init; }
    [Id(3)] public WorkMode WorkMode { get; init; }
    [Id(4)] public int? SalaryMin { get; init; }
    [Id(5)] public int? SalaryMax { get; init; }
    [Id(6)] public int Headcount { get; init; } = 1;
    [Id(7)] public IReadOnlyList<JobBenefit> Benefits { get; init; } = [];

    /// <summary>Training before the job starts; days and subsidy (yuan) only when it is offered.</summary>
    [Id(8)] public bool TrainingOffered { get; init; }
    [Id(9)] public int? TrainingDays { get; init; }
    [Id(10)] public int? TrainingSubsidy { get; init; }

    /// <summary>Disability categories the employer says the job suits; empty means it has not said.</summary>
    [Id(11)] public IReadOnlyList<DisabilityCategory> SuitableCategories { get; init; } = [];
    [Id(12)] public IReadOnlyList<JobAccommodation> Accommodations { get; init; } = [];
}

[GenerateSerializer]
[Alias("LiveFair.WorkMode")]
public enum WorkMode
{
    OnSite = 0,
    HomeBased = 1,
    Remote = 2,
}

[GenerateSerializer]
[Alias("LiveFair.JobBenefit")]
public enum JobBenefit
{
    /// <summary>五险一金: the five social insurances and the housing fund.</summary>
    SocialInsurance = 0,
    Meals = 1,
    Housing = 2,
}

/// <summary>What the employer offers; <c>JobFit</c> matches these against what a seeker asks for.</summary>
[GenerateSerializer]
[Alias("LiveFair.JobAccommodation")]
public enum JobAccommodation
{
    SignLanguageColleague = 0,
    TextOnlyCommunication = 1,
    FlexibleHours = 2,
    AssistiveSoftware = 3,
    StepFreeWorkplace = 4,
}

[GenerateSerializer]
[Alias("LiveFair.JobStatus")]
public enum JobStatus
{
    Draft = 0,
    Published = 1,
    Closed = 2,
}

public static class JobLimits
{
    public const int Title = 60;
    public const int Description = 4000;
    public const int City = 40;
    public const int MaxSalary = 1_000_000;
    public const int MaxHeadcount = 10_000;
    public const int MaxTrainingDays = 365;
    public const int MaxTrainingSubsidy = 100_000;
    public const int MaxJobsPerOrganisation = 500;
}
