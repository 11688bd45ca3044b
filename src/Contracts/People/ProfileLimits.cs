namespace LiveFair.Contracts.People;

/// <summary>Limits shared by the grain's validation and the forms' maxlength attributes.</summary>
public static class ProfileLimits
{
    public const int FullName = 40;
    public const int Phone = 20;
    public const int City = 40;
    public const int School = 80;
    public const int Major = 80;
    public const int Skill = 30;
    public const int MaxSkills = 20;
    public const int Cv = 2000;
    public const int OtherDevice = 40;
    public const int EarliestBirthYear = 1940;

    /// <summary>People younger than this cannot be job seekers (China's minimum working age is 16).</summary>
    public const int MinimumAge = 16;
    public const int EarliestGraduationYear = 1950;

    /// <summary>Graduation may be planned this many years ahead (students looking for their first job).</summary>
    public const int GraduationYearsAhead = 6;
}
