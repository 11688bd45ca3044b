using System.Text.RegularExpressions;
using LiveFair.Contracts.People;
using LiveFair.Silo.Common;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.People;

/// <summary>Validates and normalises a seeker profile; the result is what gets stored.</summary>
internal static partial class ProfileRules
{
    public const int MinPhoneDigits = 5;
    public const int MaxPhoneDigits = 20;

    /// <param name="currentYear">The year used for the age and graduation bounds (the grain passes its clock's year).</param>
    public static SeekerProfile Validate(SeekerProfile profile, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckYear(profile.BirthYear, ProfileLimits.EarliestBirthYear, currentYear - ProfileLimits.MinimumAge, "person.invalid_birth_year", "Birth year");
        if (profile.BirthMonth is < 1 or > 12)
        {
            throw PersonErrors.Invalid("person.invalid_birth_month", "Birth month must be between 1 and 12.");
        }

        CheckYear(
            profile.GraduationYear,
            ProfileLimits.EarliestGraduationYear,
            currentYear + ProfileLimits.GraduationYearsAhead,
            "person.invalid_graduation_year",
            "Graduation year");

        return profile with
        {
            FullName = Optional(profile.FullName, ProfileLimits.FullName, "Full name", "person.full_name"),
            Gender = EnumRules.Optional(profile.Gender, "person.invalid_gender", "Gender"),
            Phone = Phone(profile.Phone),
            City = Optional(profile.City, ProfileLimits.City, "City", "person.city"),
            Education = EnumRules.Optional(profile.Education, "person.invalid_education", "Education level"),
            School = Optional(profile.School, ProfileLimits.School, "School", "person.school"),
            Major = Optional(profile.Major, ProfileLimits.Major, "Major", "person.major"),
            IntendedSectors = EnumRules.DistinctList(profile.IntendedSectors, "person.invalid_sector", "person.duplicate_sector", "Intended sectors"),
            ServicesWanted = EnumRules.DistinctList(profile.ServicesWanted, "person.invalid_service", "person.duplicate_service", "Services wanted"),
            Skills = Skills(profile.Skills),
            Cv = NullIfEmpty(TextRules.OptionalMultiline(profile.Cv, ProfileLimits.Cv, "CV", "person.cv")),
        };
    }

    private static void CheckYear(int? year, int earliest, int latest, string code, string field)
    {
        if (year is { } value && (value < earliest || value > latest))
        {
            throw PersonErrors.Invalid(code, $"{field} must be between {earliest} and {latest}.");
        }
    }

    private static string? Phone(string? phone)
    {
        var value = Optional(phone, ProfileLimits.Phone, "Phone", "person.phone");
        if (value is null)
        {
            return null;
        }

        var digits = value.Count(char.IsAsciiDigit);
        if (!PhonePattern().IsMatch(value) || digits < MinPhoneDigits || digits > MaxPhoneDigits)
        {
            throw PersonErrors.Invalid(
                "person.invalid_phone",
                $"Phone must be {MinPhoneDigits} to {MaxPhoneDigits} digits, optionally starting with + and grouped by spaces or dashes.");
        }

        return value;
    }

    private static List<string> Skills(IReadOnlyList<string>? skills)
    {
        if (skills is null || skills.Count == 0)
        {
            return [];
        }

        if (skills.Count > ProfileLimits.MaxSkills)
        {
            throw PersonErrors.Invalid("person.too_many_skills", $"A profile lists at most {ProfileLimits.MaxSkills} skills (got {skills.Count}).");
        }

        var normalised = skills.Select(skill => TextRules.Required(skill, ProfileLimits.Skill, "Skill", "person.skill")).ToList();
        if (normalised.Distinct(StringComparer.OrdinalIgnoreCase).Count() != normalised.Count)
        {
            throw PersonErrors.Invalid("person.duplicate_skill", "Each skill may be listed only once.");
        }

        return normalised;
    }

    /// <summary>Blank optional text is stored as absent, so "not filled in" has one representation.</summary>
    private static string? Optional(string? text, int maxLength, string field, string code) =>
        NullIfEmpty(TextRules.Optional(text, maxLength, field, code));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // ASCII digits only: full-width digits look alike but would not dial.
    [GeneratedRegex(@"^\+?[0-9](?:[0-9 \-]*[0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
