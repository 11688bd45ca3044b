using LiveFair.Contracts.Jobs;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Jobs;

/// <summary>
/// What Web checks before it asks the job grain, so people get one message per field at once. Codes are the
/// grain's own (<c>job.title.empty</c>…), so one set of translations serves both; the grain checks again
/// (control characters, normalising) and stays the authority.
/// </summary>
public static class JobInputRules
{
    public static IReadOnlyList<FieldError> Validate(JobInput input, out JobPosting? posting)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var title = Text(errors, "title", "job.title", input.Title, JobLimits.Title, required: true);
        var city = Text(errors, "city", "job.city", input.City, JobLimits.City, required: true);
        var description = Text(errors, "description", "job.description", input.Description, JobLimits.Description, required: false);
        var workMode = input.WorkMode ?? WorkMode.OnSite;
        if (!Enum.IsDefined(workMode))
        {
            errors.Add(new FieldError("workMode", "job.invalid_work_mode", "Choose one of the listed work modes."));
        }

        if (input.SalaryMin is < 0 or > JobLimits.MaxSalary)
        {
            errors.Add(new FieldError("salaryMin", "job.invalid_salary", $"Salaries are 0 to {JobLimits.MaxSalary} yuan a month."));
        }

        if (input.SalaryMax is < 0 or > JobLimits.MaxSalary)
        {
            errors.Add(new FieldError("salaryMax", "job.invalid_salary", $"Salaries are 0 to {JobLimits.MaxSalary} yuan a month."));
        }
        else if (input.SalaryMin is { } low and >= 0 && input.SalaryMax is { } high && low > high)
        {
            errors.Add(new FieldError("salaryMax", "job.salary_range", "The highest salary must not be below the lowest."));
        }

        var headcount = input.Headcount ?? 1;
        if (headcount is < 1 or > JobLimits.MaxHeadcount)
        {
            errors.Add(new FieldError("headcount", "job.invalid_headcount", $"Headcount is 1 to {JobLimits.MaxHeadcount}."));
        }

        Training(errors, input);
        List(errors, "benefits", "job.invalid_benefit", "job.duplicate_benefit", input.Benefits);
        List(errors, "suitableCategories", "job.invalid_category", "job.duplicate_category", input.SuitableCategories);
        List(errors, "accommodations", "job.invalid_accommodation", "job.duplicate_accommodation", input.Accommodations);

        posting = errors.Count > 0 ? null : new JobPosting
        {
            Title = title!,
            Description = description ?? "",
            City = city!,
            WorkMode = workMode,
            SalaryMin = input.SalaryMin,
            SalaryMax = input.SalaryMax,
            Headcount = headcount,
            Benefits = [.. input.Benefits ?? []],
            TrainingOffered = input.TrainingOffered,
            TrainingDays = input.TrainingDays,
            TrainingSubsidy = input.TrainingSubsidy,
            SuitableCategories = [.. input.SuitableCategories ?? []],
            Accommodations = [.. input.Accommodations ?? []],
        };
        return errors;
    }

    /// <summary>The form field a grain refusal is about, from its code; null for refusals about the whole job.</summary>
    public static string? FieldOf(string code) => code switch
    {
        _ when code.StartsWith("job.title.", StringComparison.Ordinal) => "title",
        _ when code.StartsWith("job.city.", StringComparison.Ordinal) => "city",
        _ when code.StartsWith("job.description.", StringComparison.Ordinal) => "description",
        "job.invalid_work_mode" => "workMode",
        "job.invalid_salary" => "salaryMin",
        "job.salary_range" => "salaryMax",
        "job.invalid_headcount" => "headcount",
        "job.training_not_offered" or "job.invalid_training_days" => "trainingDays",
        "job.invalid_training_subsidy" => "trainingSubsidy",
        "job.invalid_benefit" or "job.duplicate_benefit" => "benefits",
        "job.invalid_category" or "job.duplicate_category" => "suitableCategories",
        "job.invalid_accommodation" or "job.duplicate_accommodation" => "accommodations",
        _ => null,
    };

    private static string? Text(List<FieldError> errors, string field, string code, string? value, int maxLength, bool required)
    {
        // Line breaks count as one character each, as the grain stores them.
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new FieldError(field, code + ".empty", $"The {field} is required."));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, code + ".too_long", $"The {field} can be at most {maxLength} characters."));
            return null;
        }

        return text;
    }

    private static void Training(List<FieldError> errors, JobInput input)
    {
        if (!input.TrainingOffered)
        {
            if (input.TrainingDays is not null || input.TrainingSubsidy is not null)
            {
                errors.Add(new FieldError("trainingDays", "job.training_not_offered", "Training days and subsidy are only given when training is offered."));
            }

            return;
        }

        if (input.TrainingDays is < 1 or > JobLimits.MaxTrainingDays)
        {
            errors.Add(new FieldError("trainingDays", "job.invalid_training_days", $"Training days are 1 to {JobLimits.MaxTrainingDays}."));
        }

        if (input.TrainingSubsidy is < 0 or > JobLimits.MaxTrainingSubsidy)
        {
            errors.Add(new FieldError("trainingSubsidy", "job.invalid_training_subsidy", $"The training subsidy is 0 to {JobLimits.MaxTrainingSubsidy} yuan."));
        }
    }

    private static void List<T>(List<FieldError> errors, string field, string invalidCode, string duplicateCode, List<T>? values)
        where T : struct, Enum
    {
        if (values is null)
        {
            return;
        }

        if (values.Any(value => !Enum.IsDefined(value)))
        {
            errors.Add(new FieldError(field, invalidCode, "Choose only the listed values."));
        }
        else if (values.Distinct().Count() != values.Count)
        {
            errors.Add(new FieldError(field, duplicateCode, "Choose each value once."));
        }
    }
}
