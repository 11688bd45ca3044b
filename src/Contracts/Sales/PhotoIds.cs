using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Sales;

/// <summary>Ids of uploaded photos (products and makers): <c>ph-</c> and 12 hex digits, safe as a media key segment.</summary>
public static partial class PhotoIds
{
    public static string New() => "ph-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^ph-[a-z0-9-]{2,40}$")]
    private static partial Regex Pattern();
}

/// <summary>Where a photo's renditions live in the media store; one rule for Web, demo data and tests.</summary>
public static class ProductPhotoKeys
{
    /// <summary>The rendition names the image pipeline writes: three WebP widths and a JPEG fallback.</summary>
    public static readonly IReadOnlyList<string> Renditions = ["1600.webp", "800.webp", "320.webp", "1600.jpg"];

    public static string Product(string productId, string photoId, string rendition) => $"products/{productId}/{photoId}/{rendition}";

    public static string Maker(string workshopId, string photoId, string rendition) => $"makers/{workshopId}/{photoId}/{rendition}";
}
