using System.Globalization;
using LiveFair.Contracts.Sales;

namespace LiveFair.Web.Pages.Products;

/// <summary>
/// A product photo as a &lt;picture&gt;: the WebP renditions in a srcset by their real widths (a narrow photo is never
/// enlarged, so "1600.webp" may be narrower than 1600 px) and the JPEG as the fallback for browsers without WebP.
/// </summary>
public sealed record ProductPicture(string ProductId, ProductPhoto Photo, string Sizes, string? CssClass = null, bool Lazy = false)
{
    private static readonly int[] WebpWidths = [320, 800, 1600];

    public string Url(string rendition) => "/media/" + ProductPhotoKeys.Product(ProductId, Photo.PhotoId, rendition);

    public string WebpSrcset => string.Join(", ", WebpWidths
        .Select(width => (Name: $"{width}.webp", Real: Math.Min(width, Photo.Width)))
        .DistinctBy(entry => entry.Real)
        .Select(entry => string.Create(CultureInfo.InvariantCulture, $"{Url(entry.Name)} {entry.Real}w")));

    public string Fallback => Url("1600.jpg");
}
