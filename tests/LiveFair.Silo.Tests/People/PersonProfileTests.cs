using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>Profile changes through the grain: stored as normalised, refused ones change nothing.</summary>
public sealed class PersonProfileTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private static readonly int ThisYear = DateTimeOffset.UtcNow.Year;

    public static TheoryData<string, SeekerProfile> Invalid => new()
    {
        { "person.invalid_birth_year", TestPeople.Profile() with { BirthYear = ThisYear - ProfileLimits.MinimumAge + 1 } },
        { "person.invalid_birth_year", TestPeople.Profile() with { BirthYear = 1900 } },
        { "person.invalid_birth_month", TestPeople.Profile() with { BirthMonth = 13 } },
        { "person.invalid_graduation_year", TestPeople.Profile() with { GraduationYear = ThisYear + ProfileLimits.GraduationYearsAhead + 1 } },
        { "person.invalid_gender", TestPeople.Profile() with { Gender = (Gender)99 } },
        { "person.invalid_phone", TestPeople.Profile() with { Phone = "not a phone" } },
        { "person.full_name.too_long", TestPeople.Profile() with { FullName = new string('x', ProfileLimits.FullName + 1) } },
        { "person.duplicate_sector", TestPeople.Profile() with { IntendedSectors = [Sector.Foreign, Sector.Foreign] } },
        { "person.too_many_skills", TestPeople.Profile() with { Skills = [.. Enumerable.Range(0, 21).Select(i => $"s{i}")] } },
        { "person.cv.invalid_characters", TestPeople.Profile() with { Cv = "bell\u0007" } },
    };

    [Fact]
    public async Task A_valid_profile_is_stored_normalised_with_markup_kept_as_text()
    {
        var person = await fixture.Client.RegisteredPersonAsync();
        var profile = TestPeople.Profile() with
        {
            FullName = "  <script>alert('李')</script> ",
            Cv = "Summary\r\n<b>bold</b>\tclaims",
            School = " ",
        };

        var view = await person.UpdateProfile(profile);

        Assert.Equal("<script>alert('李')</script>", view.Profile.FullName);
        Assert.Equal("Summary\n<b>bold</b> claims", view.Profile.Cv);
        Assert.Null(view.Profile.School);
        Assert.Equal([Sector.Private, Sector.FlexibleWork], view.Profile.IntendedSectors);
        TestPeople.AssertSameContent(view.Profile, (await person.GetView()).Profile);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_profile_is_refused_and_the_stored_one_stays(string code, SeekerProfile profile)
    {
        var person = await fixture.Client.RegisteredPersonAsync();
        var stored = (await person.UpdateProfile(TestPeople.Profile())).Profile;

        var error = await Assert.ThrowsAsync<DomainException>(() => person.UpdateProfile(profile));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        TestPeople.AssertSameContent(stored, (await person.GetView()).Profile);
    }

    [Fact]
    public async Task The_youngest_and_oldest_allowed_birth_years_are_accepted()
    {
        var person = await fixture.Client.RegisteredPersonAsync();

        Assert.Equal(ThisYear - ProfileLimits.MinimumAge, (await person.UpdateProfile(new() { BirthYear = ThisYear - ProfileLimits.MinimumAge })).Profile.BirthYear);
        Assert.Equal(ProfileLimits.EarliestBirthYear, (await person.UpdateProfile(new() { BirthYear = ProfileLimits.EarliestBirthYear })).Profile.BirthYear);
    }

    [Fact]
    public async Task Updating_replaces_the_whole_profile()
    {
        var person = await fixture.Client.RegisteredPersonAsync();
        await person.UpdateProfile(TestPeople.Profile());

        var view = await person.UpdateProfile(new SeekerProfile { City = "深圳" });

        Assert.Equal("深圳", view.Profile.City);
        Assert.Null(view.Profile.FullName);
        Assert.Empty(view.Profile.Skills);
    }
}
