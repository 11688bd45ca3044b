using LiveFair.Contracts.Common;
using LiveFair.Contracts.People;
using LiveFair.Silo.People;
using Xunit;

namespace LiveFair.Silo.Tests.People;

public sealed class DisabilityRulesTests
{
    public static TheoryData<string, DisabilityInfo> Invalid => new()
    {
        { "person.invalid_disability_category", TestPeople.Disability() with { Category = (DisabilityCategory)99 } },
        { "person.invalid_disability_level", TestPeople.Disability() with { Level = 0 } },
        { "person.invalid_disability_level", TestPeople.Disability() with { Level = 5 } },
        { "person.invalid_assistive_device", TestPeople.Disability() with { AssistiveDevices = [(AssistiveDevice)7] } },
        { "person.duplicate_assistive_device", TestPeople.Disability() with { AssistiveDevices = [AssistiveDevice.Wheelchair, AssistiveDevice.Wheelchair] } },
        { "person.invalid_accommodation", TestPeople.Disability() with { Accommodations = [(Accommodation)(-3)] } },
        { "person.duplicate_accommodation", TestPeople.Disability() with { Accommodations = [Accommodation.RemoteWork, Accommodation.RemoteWork] } },
        { "person.other_device_not_chosen", TestPeople.Disability() with { AssistiveDevices = [AssistiveDevice.HearingAid], OtherDevice = "Vibrating alarm" } },
        { "person.other_device.too_long", TestPeople.Disability() with { OtherDevice = new string('d', ProfileLimits.OtherDevice + 1) } },
        { "person.other_device.invalid_characters", TestPeople.Disability() with { OtherDevice = "alarm\u0008" } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_sections_are_refused_with_a_stable_code(string code, DisabilityInfo disability)
    {
        var error = Assert.Throws<DomainException>(() => DisabilityRules.Validate(disability));

        Assert.Equal(code, error.Code);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Every_level_and_category_is_accepted_and_text_is_kept_as_typed()
    {
        foreach (var category in Enum.GetValues<DisabilityCategory>())
        {
            for (var level = 1; level <= 4; level++)
            {
                DisabilityRules.Validate(new DisabilityInfo { Category = category, Level = level });
            }
        }

        var validated = DisabilityRules.Validate(TestPeople.Disability() with { OtherDevice = "  <b>alarm</b>  " });
        Assert.Equal("<b>alarm</b>", validated.OtherDevice);
        Assert.Null(DisabilityRules.Validate(TestPeople.Disability() with { OtherDevice = "   " }).OtherDevice);
        Assert.Empty(DisabilityRules.Validate(new DisabilityInfo { Category = DisabilityCategory.Visual, Level = 1, AssistiveDevices = null!, Accommodations = null! }).AssistiveDevices);
    }
}
