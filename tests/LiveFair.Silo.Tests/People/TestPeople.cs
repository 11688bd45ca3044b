using System.Text.Json;
using LiveFair.Contracts.People;
using Xunit;

namespace LiveFair.Silo.Tests.People;

/// <summary>Person ids, profiles and disability sections for tests.</summary>
internal static class TestPeople
{
    /// <summary>A fresh person id, so tests sharing a cluster never share a person.</summary>
    public static string NewId() => $"person-{Guid.NewGuid():N}";

    public static IPersonGrain Person(this IClusterClient client, string personId) => client.GetGrain<IPersonGrain>(personId);

    /// <summary>A new person, registered.</summary>
    public static async Task<IPersonGrain> RegisteredPersonAsync(this IClusterClient client)
    {
        var person = client.Person(NewId());
        await person.Register();
        return person;
    }

    /// <summary>A new person with the current disability consent and a saved disability section.</summary>
    public static async Task<IPersonGrain> PersonWithDisabilityAsync(this IClusterClient client, DisabilityInfo? disability = null)
    {
        var person = await client.RegisteredPersonAsync();
        await person.GiveDisabilityConsent(DisabilityConsent.CurrentVersion);
        await person.SaveDisability(disability ?? Disability());
        return person;
    }

    public static SeekerProfile Profile() => new()
    {
        FullName = "李明",
        Gender = Gender.Male,
        BirthYear = 1998,
        BirthMonth = 6,
        Phone = "+86 138-0013-8000",
        City = "广州",
        Education = EducationLevel.Bachelor,
        School = "广州大学",
        Major = "Software engineering",
        GraduationYear = 2021,
        IntendedSectors = [Sector.Private, Sector.FlexibleWork],
        ServicesWanted = [SupportService.CareerCounselling],
        Skills = ["C#", "Sign language"],
        Cv = "Three years of testing web apps.",
    };

    /// <summary>Values that appear nowhere else in a person's state, so their absence from storage can be checked.</summary>
    public static DisabilityInfo Disability() => new()
    {
        Category = DisabilityCategory.Hearing,
        Level = 2,
        AssistiveDevices = [AssistiveDevice.CochlearImplant, AssistiveDevice.Other],
        OtherDevice = "vibrating-alarm-marker",
        Accommodations = [Accommodation.SignLanguageInterpreter, Accommodation.TextOnlyCommunication],
    };

    /// <summary>Words from <see cref="Disability"/> that must be gone from the stored payload once it is erased.</summary>
    public static readonly string[] DisabilityMarkers =
        ["Hearing", "CochlearImplant", "vibrating-alarm-marker", "SignLanguageInterpreter", "TextOnlyCommunication", "AssistiveDevices", "Accommodations"];

    /// <summary>Records holding lists compare lists by reference; compare what they hold instead.</summary>
    public static void AssertSameContent<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
