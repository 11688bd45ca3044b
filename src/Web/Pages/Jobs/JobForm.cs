using LiveFair.Contracts.Common;
using LiveFair.Web.Jobs;
using LiveFair.Web.Localization;
using LiveFair.Web.Organisations;
using LiveFair.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>What the job form partial draws: the posted or stored input and its errors.</summary>
public sealed record JobForm(JobInput Input, FormErrors Errors)
{
    /// <summary>Number fields whose text could not be read as a whole number, by posted name and field.</summary>
    private static readonly (string Name, string Field)[] NumberFields =
    [
        ("Input.SalaryMin", "salaryMin"),
        ("Input.SalaryMax", "salaryMax"),
        ("Input.Headcount", "headcount"),
        ("Input.TrainingDays", "trainingDays"),
        ("Input.TrainingSubsidy", "trainingSubsidy"),
    ];

    /// <summary>
    /// Checks the posted form: numbers that are not numbers, then the same rules as the API. Errors are added
    /// in the visitor's language. Returns the posting when there is nothing to fix.
    /// </summary>
    public static Contracts.Jobs.JobPosting? Check(JobInput input, ModelStateDictionary modelState, FormErrors errors, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(texts);
        if (!input.TrainingOffered)
        {
            // The page shows the training numbers whatever the checkbox says; unticked, they are not meant.
            input.TrainingDays = null;
            input.TrainingSubsidy = null;
        }

        var unreadable = NumberFields
            .Where(number => modelState.TryGetValue(number.Name, out var entry) && entry.Errors.Count > 0)
            .Where(number => input.TrainingOffered || number.Field is not ("trainingDays" or "trainingSubsidy"))
            .Select(number => new FieldError(number.Field, "job.not_a_number", texts[JobTexts.ErrorKey("job.not_a_number")]))
            .ToList();
        var found = JobInputRules.Validate(input, out var posting)
            .Where(error => unreadable.TrueForAll(u => u.Field != error.Field))
            .Select(error => error with { Message = texts[JobTexts.ErrorKey(error.Code)] });
        var all = unreadable.Concat(found).ToList();
        errors.Add(all);
        return all.Count == 0 ? posting : null;
    }

    /// <summary>A refusal from the job grain: on its field when it is about one, otherwise for the whole form.</summary>
    public static void Refused(DomainException refusal, FormErrors errors, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(texts);
        if (JobInputRules.FieldOf(refusal.Code) is { } field)
        {
            errors.Add([new FieldError(field, refusal.Code, texts[JobTexts.ErrorKey(refusal.Code)])]);
        }
        else
        {
            errors.Add(refusal);
        }
    }
}
