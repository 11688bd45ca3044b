using LiveFair.Contracts.People;

namespace LiveFair.Web.Pages.MyAccount;

/// <summary>The profile as the form posts it. Skills are typed as one line, separated by commas.</summary>
public sealed class ProfileForm
{
    public string? FullName { get; set; }
    public Gender? Gender { get; set; }
    public int? BirthYear { get; set; }
    public int? BirthMonth { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public EducationLevel? Education { get; set; }
    public string? School { get; set; }
    public string? Major { get; set; }
    public int? GraduationYear { get; set; }
    public List<Sector> IntendedSectors { get; set; } = [];
    public List<SupportService> ServicesWanted { get; set; } = [];
    public string? Skills { get; set; }
    public string? Cv { get; set; }

    private static readonly char[] SkillSeparators = [',', '，', '、', ';', '；'];

    public static ProfileForm From(SeekerProfile profile) => new()
    {
        FullName = profile.FullName,
        Gender = profile.Gender,
        BirthYear = profile.BirthYear,
        BirthMonth = profile.BirthMonth,
        Phone = profile.Phone,
        City = profile.City,
        Education = profile.Education,
        School = profile.School,
        Major = profile.Major,
        GraduationYear = profile.GraduationYear,
        IntendedSectors = [.. profile.IntendedSectors],
        ServicesWanted = [.. profile.ServicesWanted],
        Skills = string.Join("，", profile.Skills),
        Cv = profile.Cv,
    };

    public SeekerProfile ToProfile() => new()
    {
        FullName = Blank(FullName),
        Gender = Gender,
        BirthYear = BirthYear,
        BirthMonth = BirthMonth,
        Phone = Blank(Phone),
        City = Blank(City),
        Education = Education,
        School = Blank(School),
        Major = Blank(Major),
        GraduationYear = GraduationYear,
        IntendedSectors = [.. IntendedSectors.Distinct()],
        ServicesWanted = [.. ServicesWanted.Distinct()],
        Skills = [.. (Skills ?? "").Split(SkillSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Cv = Blank(Cv),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
