using LiveFair.Web.Tests.Media;
using NetVips;

namespace LiveFair.Web.Tests.Products;

/// <summary>Photos for upload tests: real ones made with NetVips, broken ones made from them.</summary>
internal static class TestPhotos
{
    public static byte[] Png(int width = 900, int height = 600)
    {
        using var image = TestImages.RedBlue(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] Jpeg(int width = 900, int height = 600)
    {
        using var image = TestImages.RedBlue(width, height);
        return image.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>The first half of a real JPEG: its header is fine, its pixels run out.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = TestImages.NoisyJpeg(600, 400, quality: 80);
        return whole[..(whole.Length / 2)];
    }
}
