using LiveFair.Web.Localization;

namespace LiveFair.Web.Jobs;

/// <summary>A JobFit reason as one sentence in the visitor's language, with its matched values translated.</summary>
public static class JobFitTexts
{
    public static string Describe(Texts texts, JobFitReason reason)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(reason);
        var values = reason.Values.Select(value => Value(texts, reason.Kind, value));
        return texts.Format("jobs.fit." + reason.Kind, string.Join(texts["orgs.list_separator"], values));
    }

    private static string Value(Texts texts, JobFitReasonKind kind, string value) => kind switch
    {
        JobFitReasonKind.Accommodations when value == "StepFreeEntrance" => texts["orgs.fact.StepFreeEntrance"],
        JobFitReasonKind.Accommodations when value is "HomeBased" or "Remote" => texts["jobs.work_mode." + value],
        JobFitReasonKind.Accommodations => texts["jobs.accommodation." + value],
        JobFitReasonKind.SuitableCategory => texts["people.DisabilityCategory." + value],
        JobFitReasonKind.WorkFromHome => texts["jobs.work_mode." + value],
        JobFitReasonKind.IntendedSector => texts["people.Sector." + value],
        _ => value,
    };
}
