using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.People;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>Every profile rule at its edges, with a fixed current year so the bounds are exact.</summary>
public sealed class ProfileRulesTests
{
    private const int Year = 2026;

    public static TheoryData<string, SeekerProfile> Invalid => new()
    {
        { "person.invalid_birth_year", new() { BirthYear = ProfileLimits.EarliestBirthYear - 1 } },
        { "person.invalid_birth_year", new() { BirthYear = Year - ProfileLimits.MinimumAge + 1 } },
        { "person.invalid_birth_year", new() { BirthYear = -5 } },
        { "person.invalid_birth_month", new() { BirthMonth = 0 } },
        { "person.invalid_birth_month", new() { BirthMonth = 13 } },
        { "person.invalid_graduation_year", new() { GraduationYear = ProfileLimits.EarliestGraduationYear - 1 } },
        { "person.invalid_graduation_year", new() { GraduationYear = Year + ProfileLimits.GraduationYearsAhead + 1 } },
        { "person.invalid_gender", new() { Gender = (Gender)99 } },
        { "person.invalid_education", new() { Education = (EducationLevel)42 } },
        { "person.full_name.too_long", new() { FullName = new string('名', ProfileLimits.FullName + 1) } },
        { "person.full_name.invalid_characters", new() { FullName = "Li\u0007Ming" } },
        { "person.city.too_long", new() { City = new string('c', ProfileLimits.City + 1) } },
        { "person.school.too_long", new() { School = new string('s', ProfileLimits.School + 1) } },
        { "person.major.too_long", new() { Major = new string('m', ProfileLimits.Major + 1) } },
        { "person.cv.too_long", new() { Cv = new string('v', ProfileLimits.Cv + 1) } },
        { "person.cv.invalid_characters", new() { Cv = "First line\n\u0000second" } },
        { "person.phone.too_long", new() { Phone = "+86 138 0013 8000 1234" } },
        { "person.invalid_phone", new() { Phone = "1234" } },
        { "person.invalid_phone", new() { Phone = "call me" } },
        { "person.invalid_phone", new() { Phone = "++8613800138" } },
        { "person.invalid_phone", new() { Phone = "138001380+0" } },
        { "person.invalid_phone", new() { Phone = "-13800138000" } },
        { "person.invalid_phone", new() { Phone = "13800138000-" } },
        { "person.invalid_phone", new() { Phone = "(010) 12345" } },
        { "person.invalid_phone", new() { Phone = "１３８００１３８０００" } },
        { "person.invalid_phone", new() { Phone = "<script>1</script>" } },
        { "person.invalid_sector", new() { IntendedSectors = [Sector.Private, (Sector)17] } },
        { "person.duplicate_sector", new() { IntendedSectors = [Sector.Private, Sector.Foreign, Sector.Private] } },
        { "person.invalid_service", new() { ServicesWanted = [(SupportService)(-1)] } },
        { "person.duplicate_service", new() { ServicesWanted = [SupportService.PolicyGuidance, SupportService.PolicyGuidance] } },
        { "person.too_many_skills", new() { Skills = [.. Enumerable.Range(0, ProfileLimits.MaxSkills + 1).Select(i => $"skill {i}")] } },
        { "person.skill.empty", new() { Skills = ["Excel", "  "] } },
        { "person.skill.too_long", new() { Skills = [new string('k', ProfileLimits.Skill + 1)] } },
        { "person.skill.invalid_characters", new() { Skills = ["Ex\u001bcel"] } },
        { "person.duplicate_skill", new() { Skills = ["Excel", " excel "] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_profiles_are_refused_with_a_stable_code(string code, SeekerProfile profile)
    {
        var error = Assert.Throws<DomainException>(() => ProfileRules.Validate(profile, Year));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Values_at_the_edges_are_accepted()
    {
        var skills = Enumerable.Range(0, ProfileLimits.MaxSkills).Select(i => $"{i}{new string('k', ProfileLimits.Skill - 2)}").ToList();
        foreach (var profile in new SeekerProfile[]
        {
            new() { BirthYear = ProfileLimits.EarliestBirthYear, BirthMonth = 1, GraduationYear = ProfileLimits.EarliestGraduationYear },
            new() { BirthYear = Year - ProfileLimits.MinimumAge, BirthMonth = 12, GraduationYear = Year + ProfileLimits.GraduationYearsAhead },
            new()
            {
                FullName = new string('名', ProfileLimits.FullName),
                City = new string('c', ProfileLimits.City),
                School = new string('s', ProfileLimits.School),
                Major = new string('m', ProfileLimits.Major),
                Cv = new string('v', ProfileLimits.Cv),
                Phone = "12345",
                Skills = skills,
            },
            new() { Phone = "+86 138-0013-8000" },
            new() { Phone = "00000000000000000000" },
            new() { Gender = Gender.Other, Education = EducationLevel.SpecialEducation, IntendedSectors = Enum.GetValues<Sector>(), ServicesWanted = Enum.GetValues<SupportService>() },
        })
        {
            ProfileRules.Validate(profile, Year);
        }
    }

    [Fact]
    public void Text_is_trimmed_and_markup_is_kept_as_typed()
    {
        var validated = ProfileRules.Validate(
            new SeekerProfile
            {
                FullName = "  <b>李明</b>\t",
                City = "\r\n",
                School = "<script>alert('x')</script>",
                Major = "Line\none",
                Skills = ["  C# ", "<img src=x onerror=alert(1)>"],
                Cv = "  Summary\r\n\r\n<i>Tester</i>\tsince 2021  ",
                Phone = " 138 0013 8000 ",
            },
            Year);

        Assert.Equal("<b>李明</b>", validated.FullName);
        Assert.Null(validated.City);
        Assert.Equal("<script>alert('x')</script>", validated.School);
        Assert.Equal("Line one", validated.Major);
        Assert.Equal(["C#", "<img src=x onerror=alert(1)>"], validated.Skills);
        Assert.Equal("Summary\n\n<i>Tester</i> since 2021", validated.Cv);
        Assert.Equal("138 0013 8000", validated.Phone);
    }

    [Fact]
    public void Missing_lists_count_as_empty()
    {
        var validated = ProfileRules.Validate(new SeekerProfile { IntendedSectors = null!, ServicesWanted = null!, Skills = null! }, Year);

        Assert.Empty(validated.IntendedSectors);
        Assert.Empty(validated.ServicesWanted);
        Assert.Empty(validated.Skills);
    }
}
