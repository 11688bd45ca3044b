using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Workshops;

/// <summary>A maker as the workshop keeps them.</summary>
[GenerateSerializer]
[Alias("LiveFair.Maker")]
public sealed record Maker
{
    [Id(0)] public required string MakerId { get; init; }

    /// <summary>A name or nickname the maker chose to be known by.</summary>
    [Id(1)] public required string DisplayName { get; init; }

    [Id(2)] public string Story { get; init; } = "";
    [Id(3)] public MakerPhoto? Photo { get; init; }

    /// <summary>The maker agreed that name, story and photo are shown publicly.</summary>
    [Id(4)] public bool PublicConsent { get; init; }

    /// <summary>When and by whom the current consent answer was recorded.</summary>
    [Id(5)] public DateTimeOffset? ConsentRecordedAt { get; init; }

    [Id(6)] public string? ConsentRecordedBy { get; init; }
    [Id(7)] public bool Removed { get; init; }
    [Id(8)] public required DateTimeOffset AddedAt { get; init; }
}

[GenerateSerializer]
[Alias("LiveFair.MakerPhoto")]
public sealed record MakerPhoto
{
    [Id(0)] public required string PhotoId { get; init; }
    [Id(1)] public required string AltText { get; init; }
    [Id(2)] public int Width { get; init; }
    [Id(3)] public int Height { get; init; }
}

/// <summary>What the public sees of a maker: everything when they consented, otherwise only the id.</summary>
[GenerateSerializer]
[Alias("LiveFair.PublicMaker")]
public sealed record PublicMaker
{
    [Id(0)] public required string MakerId { get; init; }

    /// <summary>Null without consent; pages then say "a maker of this workshop".</summary>
    [Id(1)] public string? DisplayName { get; init; }

    [Id(2)] public string? Story { get; init; }
    [Id(3)] public MakerPhoto? Photo { get; init; }
}

/// <summary>What a manager writes about a maker. Plain text; markup is kept as typed and always shown escaped.</summary>
[GenerateSerializer]
[Alias("LiveFair.MakerInput")]
public sealed record MakerInput
{
    [Id(0)] public required string DisplayName { get; init; }
    [Id(1)] public string Story { get; init; } = "";
    [Id(2)] public bool PublicConsent { get; init; }
}

public static partial class MakerIds
{
    public static string New() => "maker-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^maker-[a-z0-9-]{2,40}$")]
    private static partial Regex Pattern();
}

public static class MakerLimits
{
    public const int DisplayName = 40;
    public const int Story = 1000;
    public const int MaxMakers = 200;
}
