namespace LiveFair.Contracts.People;

/// <summary>
/// The optional disability section: sensitive personal information, stored only while the person's
/// separate consent is active and shown to an employer only for applications where they chose to share it.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.DisabilityInfo")]
public sealed record DisabilityInfo
{
    [Id(0)] public required DisabilityCategory Category { get; init; }

    /// <summary>The certificate level, 1 (most severe) to 4.</summary>
    [Id(1)] public required int Level { get; init; }
    [Id(2)] public IReadOnlyList<AssistiveDevice> AssistiveDevices { get; init; } = [];

    /// <summary>Describes <see cref="AssistiveDevice.Other"/>; empty otherwise.</summary>
    [Id(3)] public string? OtherDevice { get; init; }
    [Id(4)] public IReadOnlyList<Accommodation> Accommodations { get; init; } = [];
}

[GenerateSerializer]
[Alias("LiveFair.DisabilityCategory")]
public enum DisabilityCategory
{
    Physical = 0,
    Hearing = 1,
    Speech = 2,
    Visual = 3,
    Intellectual = 4,
    Psychosocial = 5,
    Multiple = 6,
}

[GenerateSerializer]
[Alias("LiveFair.AssistiveDevice")]
public enum AssistiveDevice
{
    Wheelchair = 0,
    OneCrutch = 1,
    TwoCrutches = 2,
    CochlearImplant = 3,
    HearingAid = 4,
    VisualAid = 5,
    Other = 6,
}

/// <summary>What a person asks an employer for; jobs list the same values as accommodations offered.</summary>
[GenerateSerializer]
[Alias("LiveFair.Accommodation")]
public enum Accommodation
{
    SignLanguageInterpreter = 0,
    TextOnlyCommunication = 1,
    ExtraTime = 2,
    StepFreeAccess = 3,
    RemoteWork = 4,
}
