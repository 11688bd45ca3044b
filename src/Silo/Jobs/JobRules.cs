using LiveFair.Contracts.Jobs;
using LiveFair.Silo.Common;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Jobs;

/// <summary>Validates and normalises a job posting; the result is what gets stored.</summary>
internal static class JobRules
{
    public static JobPosting Validate(JobPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var (salaryMin, salaryMax) = Salary(posting.SalaryMin, posting.SalaryMax);
        var (trainingDays, trainingSubsidy) = Training(posting.TrainingOffered, posting.TrainingDays, posting.TrainingSubsidy);
        if (posting.Headcount is < 1 or > JobLimits.MaxHeadcount)
        {
            throw JobErrors.Invalid("job.invalid_headcount", $"Headcount must be between 1 and {JobLimits.MaxHeadcount}.");
        }

        return new JobPosting
        {
            Title = TextRules.Required(posting.Title, JobLimits.Title, "Title", "job.title"),
            Description = TextRules.OptionalMultiline(posting.Description, JobLimits.Description, "Description", "job.description"),
            City = TextRules.Required(posting.City, JobLimits.City, "City", "job.city"),
            WorkMode = EnumRules.Required(posting.WorkMode, "job.invalid_work_mode", "Work mode"),
            SalaryMin = salaryMin,
            SalaryMax = salaryMax,
            Headcount = posting.Headcount,
            Benefits = EnumRules.DistinctList(posting.Benefits, "job.invalid_benefit", "job.duplicate_benefit", "Benefits"),
            TrainingOffered = posting.TrainingOffered,
            TrainingDays = trainingDays,
            TrainingSubsidy = trainingSubsidy,
            SuitableCategories = EnumRules.DistinctList(
                posting.SuitableCategories, "job.invalid_category", "job.duplicate_category", "Suitable categories"),
            Accommodations = EnumRules.DistinctList(
                posting.Accommodations, "job.invalid_accommodation", "job.duplicate_accommodation", "Accommodations"),
        };
    }

    /// <summary>Either end may be left open ("from 4000"); both given means min ≤ max.</summary>
    private static (int? Min, int? Max) Salary(int? min, int? max)
    {
        if (min is < 0 or > JobLimits.MaxSalary || max is < 0 or > JobLimits.MaxSalary)
        {
            throw JobErrors.Invalid("job.invalid_salary", $"Salaries must be between 0 and {JobLimits.MaxSalary} yuan a month.");
        }

        if (min is { } low && max is { } high && low > high)
        {
            throw JobErrors.Invalid("job.salary_range", "The lowest salary must not be above the highest.");
        }

        return (min, max);
    }

    private static (int? Days, int? Subsidy) Training(bool offered, int? days, int? subsidy)
    {
        if (!offered)
        {
            // Days or a subsidy for training that does not happen would be shown to seekers as a promise.
            return days is null && subsidy is null
                ? (null, null)
                : throw JobErrors.Invalid("job.training_not_offered", "Training days and subsidy are only given when training is offered.");
        }

        if (days is < 1 or > JobLimits.MaxTrainingDays)
        {
            throw JobErrors.Invalid("job.invalid_training_days", $"Training days must be between 1 and {JobLimits.MaxTrainingDays}.");
        }

        if (subsidy is < 0 or > JobLimits.MaxTrainingSubsidy)
        {
            throw JobErrors.Invalid("job.invalid_training_subsidy", $"The training subsidy must be between 0 and {JobLimits.MaxTrainingSubsidy} yuan.");
        }

        return (days, subsidy);
    }
}
