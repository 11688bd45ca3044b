using LiveFair.Contracts.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LiveFair.Web.Pages.MyAccount;

/// <summary>Maps the grain's stable error codes to the page's texts and inputs.</summary>
internal static class PersonFormErrors
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["person.full_name"] = "full-name",
        ["person.invalid_gender"] = "gender",
        ["person.invalid_birth_year"] = "birth-year",
        ["person.invalid_birth_month"] = "birth-month",
        ["person.phone"] = "phone",
        ["person.invalid_phone"] = "phone",
        ["person.city"] = "city",
        ["person.invalid_education"] = "education",
        ["person.school"] = "school",
        ["person.major"] = "major",
        ["person.invalid_graduation_year"] = "graduation-year",
        ["person.skill"] = "skills",
        ["person.too_many_skills"] = "skills",
        ["person.duplicate_skill"] = "skills",
        ["person.cv"] = "cv",
        ["person.invalid_disability_level"] = "level",
        ["person.other_device"] = "other-device",
        ["person.other_device_not_chosen"] = "other-device",
        ["people.consent_unchecked"] = "consent",
    };

    public static FormError For(DomainException exception) =>
        new("error." + exception.Code, exception.Message, Fields.GetValueOrDefault(exception.Code));

    /// <summary>A number field that did not hold a number never reaches the grain.</summary>
    public static DomainException NotANumber(ModelStateDictionary state)
    {
        var field = state.FirstOrDefault(entry => entry.Value?.Errors.Count > 0).Key ?? "";
        var code = field.EndsWith("GraduationYear", StringComparison.Ordinal) ? "person.invalid_graduation_year"
            : field.EndsWith("BirthMonth", StringComparison.Ordinal) ? "person.invalid_birth_month"
            : "person.invalid_birth_year";
        return new DomainException(ErrorKind.Invalid, code, "Enter a number.");
    }
}
