using LiveFair.Contracts.People;
using LiveFair.Silo.Common;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.People;

/// <summary>Validates and normalises the disability section (the fields of the official registration form).</summary>
internal static class DisabilityRules
{
    public const int LowestLevel = 1;
    public const int HighestLevel = 4;

    public static DisabilityInfo Validate(DisabilityInfo disability)
    {
        ArgumentNullException.ThrowIfNull(disability);
        var category = EnumRules.Required(disability.Category, "person.invalid_disability_category", "Disability category");
        if (disability.Level is < LowestLevel or > HighestLevel)
        {
            throw PersonErrors.Invalid("person.invalid_disability_level", $"The disability level must be between {LowestLevel} and {HighestLevel}.");
        }

        var devices = EnumRules.DistinctList(
            disability.AssistiveDevices, "person.invalid_assistive_device", "person.duplicate_assistive_device", "Assistive devices");
        var otherDevice = TextRules.Optional(disability.OtherDevice, ProfileLimits.OtherDevice, "Other device", "person.other_device");
        if (otherDevice.Length > 0 && !devices.Contains(AssistiveDevice.Other))
        {
            throw PersonErrors.Invalid("person.other_device_not_chosen", "Describe another device only when 'other' is among the assistive devices.");
        }

        return new DisabilityInfo
        {
            Category = category,
            Level = disability.Level,
            AssistiveDevices = devices,
            OtherDevice = otherDevice.Length == 0 ? null : otherDevice,
            Accommodations = EnumRules.DistinctList(
                disability.Accommodations, "person.invalid_accommodation", "person.duplicate_accommodation", "Accommodations"),
        };
    }
}
