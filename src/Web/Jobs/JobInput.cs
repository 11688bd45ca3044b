using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;

namespace LiveFair.Web.Jobs;

/// <summary>
/// A job posting as a person or API client sends it: everything optional, so a missing field is reported as
/// a field error rather than a body that cannot be read. Bound from JSON and from the job form.
/// </summary>
public sealed class JobInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? City { get; set; }

    public WorkMode? WorkMode { get; set; }

    /// <summary>Yuan per month; either end may be left out.</summary>
    public int? SalaryMin { get; set; }

    public int? SalaryMax { get; set; }

    public int? Headcount { get; set; }

    public List<JobBenefit>? Benefits { get; set; }

    public bool TrainingOffered { get; set; }

    /// <summary>Only when training is offered.</summary>
    public int? TrainingDays { get; set; }

    /// <summary>Yuan; only when training is offered.</summary>
    public int? TrainingSubsidy { get; set; }

    public List<DisabilityCategory>? SuitableCategories { get; set; }

    public List<JobAccommodation>? Accommodations { get; set; }

    public static JobInput From(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return new JobInput
        {
            Title = posting.Title,
            Description = posting.Description,
            City = posting.City,
            WorkMode = posting.WorkMode,
            SalaryMin = posting.SalaryMin,
            SalaryMax = posting.SalaryMax,
            Headcount = posting.Headcount,
            Benefits = [.. posting.Benefits],
            TrainingOffered = posting.TrainingOffered,
            TrainingDays = posting.TrainingDays,
            TrainingSubsidy = posting.TrainingSubsidy,
            SuitableCategories = [.. posting.SuitableCategories],
            Accommodations = [.. posting.Accommodations],
        };
    }
}
