using LiveFair.Contracts.People;

namespace LiveFair.Web.Pages.MyAccount;

public sealed class DisabilityForm
{
    public DisabilityCategory? Category { get; set; }
    public int? Level { get; set; }
    public List<AssistiveDevice> AssistiveDevices { get; set; } = [];
    public string? OtherDevice { get; set; }
    public List<Accommodation> Accommodations { get; set; } = [];

    public static DisabilityForm From(DisabilityInfo? info) => info is null ? new() : new()
    {
        Category = info.Category,
        Level = info.Level,
        AssistiveDevices = [.. info.AssistiveDevices],
        OtherDevice = info.OtherDevice,
        Accommodations = [.. info.Accommodations],
    };

    /// <summary>Null until both required choices are made.</summary>
    public DisabilityInfo? ToInfo() => Category is { } category && Level is { } level
        ? new DisabilityInfo
        {
            Category = category,
            Level = level,
            AssistiveDevices = [.. AssistiveDevices.Distinct()],
            OtherDevice = string.IsNullOrWhiteSpace(OtherDevice) ? null : OtherDevice,
            Accommodations = [.. Accommodations.Distinct()],
        }
        : null;
}
