using System.Diagnostics;
using System.Text;
using LiveFair.Web.Media;
using NetVips;
using Xunit;

namespace LiveFair.Web.Tests.Media;

public sealed class ImagePipelineTests : IDisposable
{
    private readonly ImagePipeline _pipeline = new(new ImagePipelineOptions());

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task A_phone_photo_is_turned_upright_and_leaves_with_no_exif_gps_xmp_or_icc_at_all()
    {
        var upload = TestImages.JpegWithExifOrientation6AndGps(width: 1200, height: 800);
        // The input really carries what must go: orientation 6, a GPS latitude and an XMP packet.
        using (var input = Image.NewFromBuffer(upload))
        {
            Assert.Equal(6, (int)input.Get("orientation"));
            Assert.Contains("exif-ifd3-GPSLatitude", input.GetFields());
            Assert.Contains("xmp-data", input.GetFields());
        }

        var result = await ProcessAsync(upload);

        Assert.Equal((800, 1200), (result.Width, result.Height));
        Assert.Equal(["w1600.webp", "w800.webp", "w320.webp", "w1600.jpg"], result.Renditions.Select(r => r.Name));
        foreach (var rendition in result.Renditions)
        {
            var bytes = rendition.Content;
            foreach (var marker in new[] { "Exif", "EXIF", "GPS", "http://ns.adobe.com/xap", "XMP ", "xmpmeta", "Chengdu", "ICC_PROFILE", "ICCP" })
            {
                Assert.False(TestImages.Contains(bytes, marker), $"{rendition.Name} still contains '{marker}'.");
            }

            using var output = Image.NewFromBuffer(bytes);
            var fields = output.GetFields();
            Assert.DoesNotContain(fields, f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data");
            Assert.False(output.Contains("orientation") && (int)output.Get("orientation") != 1, $"{rendition.Name} still asks to be rotated.");

            // Upright: stored left-red/right-blue turned 90° clockwise is red on top, blue below.
            Assert.True(output.Height > output.Width, $"{rendition.Name} is {output.Width}×{output.Height}, not portrait.");
            AssertColour(output.Getpoint(output.Width / 2, output.Height / 4), red: true, rendition.Name);
            AssertColour(output.Getpoint(output.Width / 2, output.Height * 3 / 4), red: false, rendition.Name);
        }
    }

    [Fact]
    public async Task Renditions_are_webp_at_1600_800_and_320_wide_with_a_jpeg_fallback()
    {
        var result = await ProcessAsync(TestImages.NoisyJpeg(2400, 1800));

        var byName = result.Renditions.ToDictionary(r => r.Name);
        Assert.Equal((1600, 1200), (byName["w1600.webp"].Width, byName["w1600.webp"].Height));
        Assert.Equal((800, 600), (byName["w800.webp"].Width, byName["w800.webp"].Height));
        Assert.Equal((320, 240), (byName["w320.webp"].Width, byName["w320.webp"].Height));
        Assert.Equal((1600, 1200), (byName["w1600.jpg"].Width, byName["w1600.jpg"].Height));
        foreach (var rendition in result.Renditions)
        {
            var expected = rendition.Name.EndsWith(".webp", StringComparison.Ordinal) ? ImageFormat.Webp : ImageFormat.Jpeg;
            Assert.Equal(expected, ImagePipeline.Sniff(rendition.Content));
            Assert.Equal(expected == ImageFormat.Webp ? "image/webp" : "image/jpeg", rendition.ContentType);
            using var decoded = Image.NewFromBuffer(rendition.Content);
            Assert.Equal((rendition.Width, rendition.Height), (decoded.Width, decoded.Height));
        }
    }

    [Fact]
    public async Task A_small_image_is_never_enlarged()
    {
        using var image = TestImages.RedBlue(200, 150);
        var result = await ProcessAsync(image.PngsaveBuffer());

        Assert.Equal(ImageFormat.Png, result.SourceFormat);
        Assert.All(result.Renditions, r => Assert.Equal((200, 150), (r.Width, r.Height)));
    }

    [Fact]
    public async Task A_png_with_transparency_keeps_it_in_webp_and_is_flattened_onto_white_in_the_jpeg()
    {
        using var rgb = TestImages.RedBlue(400, 300);
        using var alpha = Image.Black(400, 300).Cast(Enums.BandFormat.Uchar); // fully transparent
        using var rgba = rgb.Bandjoin(alpha);
        var result = await ProcessAsync(rgba.PngsaveBuffer());

        using var webp = Image.NewFromBuffer(result.Renditions.Single(r => r.Name == "w800.webp").Content);
        Assert.True(webp.HasAlpha());
        using var jpeg = Image.NewFromBuffer(result.Renditions.Single(r => r.Name == "w1600.jpg").Content);
        Assert.Equal(3, jpeg.Bands);
        Assert.All(jpeg.Getpoint(10, 10), v => Assert.True(v > 240, $"expected white, got {v}"));
    }

    [Fact]
    public async Task A_webp_upload_is_accepted()
    {
        using var image = TestImages.RedBlue(500, 400);
        var result = await ProcessAsync(image.WebpsaveBuffer());

        Assert.Equal(ImageFormat.Webp, result.SourceFormat);
        Assert.Equal((500, 400), (result.Width, result.Height));
    }

    [Fact]
    public async Task An_embedded_colour_profile_is_converted_to_srgb_and_then_dropped()
    {
        using var image = TestImages.RedBlue(300, 200);
        using var wideGamut = image.IccTransform("p3", intent: Enums.Intent.Perceptual); // attaches Display P3
        var upload = wideGamut.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.All);
        using (var input = Image.NewFromBuffer(upload))
        {
            Assert.Contains("icc-profile-data", input.GetFields());
        }

        var result = await ProcessAsync(upload);

        foreach (var rendition in result.Renditions)
        {
            using var output = Image.NewFromBuffer(rendition.Content);
            Assert.DoesNotContain("icc-profile-data", output.GetFields());
            Assert.False(TestImages.Contains(rendition.Content, "ICC_PROFILE"));
            // Red in P3, converted back, is red again in sRGB.
            AssertColour(output.Getpoint(output.Width / 4, output.Height / 2), red: true, rendition.Name);
        }
    }

    [Fact]
    public async Task A_pixel_flood_png_declaring_50000_by_50000_is_refused_from_its_header_before_decoding()
    {
        var forged = TestImages.ForgedPng(50_000, 50_000);
        Assert.True(forged.Length < 200, "the forgery is tiny: only the header claims 2.5 gigapixels");

        var started = Stopwatch.GetTimestamp();
        var error = await RejectedAsync(forged);

        Assert.Equal(MediaErrorCodes.TooManyPixels, error.Code);
        Assert.Contains("50000 × 50000", error.Message, StringComparison.Ordinal);
        // Decoding 7.5 GB of RGB would take far longer (and fail on memory); the header alone is instant.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(12_001u, 100u)]
    [InlineData(100u, 12_001u)]
    [InlineData(8_000u, 5_001u)] // 40,008,000 pixels: every side allowed, the product is not
    public async Task A_header_over_either_side_or_the_pixel_count_is_refused(uint width, uint height)
    {
        var error = await RejectedAsync(TestImages.ForgedPng(width, height));
        Assert.Equal(MediaErrorCodes.TooManyPixels, error.Code);
    }

    [Fact]
    public void The_forged_png_has_valid_chunk_crcs()
    {
        // The CRC routine itself, against the well-known check value of "123456789".
        Assert.Equal(0xCBF43926u, TestImages.Crc32("123456789"u8));
        var png = TestImages.ForgedPng(50_000, 50_000);
        var ihdrTypeAndData = png.AsSpan(12, 17);
        var crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(29, 4));
        Assert.Equal(TestImages.Crc32(ihdrTypeAndData), crc);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task A_truncated_jpeg_is_refused_as_corrupt(double kept)
    {
        var whole = TestImages.NoisyJpeg(800, 600);
        var truncated = whole.AsSpan(0, (int)(whole.Length * kept)).ToArray();

        var error = await RejectedAsync(truncated);

        Assert.Equal(MediaErrorCodes.Corrupt, error.Code);
    }

    [Fact]
    public async Task A_jpeg_cut_inside_its_header_is_refused_as_corrupt()
    {
        var error = await RejectedAsync(TestImages.NoisyJpeg(100, 100).AsSpan(0, 40).ToArray());
        Assert.Equal(MediaErrorCodes.Corrupt, error.Code);
    }

    [Fact]
    public async Task A_text_file_named_photo_jpg_is_not_an_image()
    {
        var file = new { Name = "photo.jpg", ContentType = "image/jpeg", Bytes = Encoding.UTF8.GetBytes("This is not a photo, whatever its name says.\n") };
        var error = await RejectedAsync(file.Bytes);
        Assert.Equal(MediaErrorCodes.NotAnImage, error.Code);
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000")]
    [InlineData("BM\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("RIFF\u0000\u0000\u0000\u0000WAVE")]
    [InlineData("")]
    [InlineData("\u00ff\u00d8")]
    public async Task Anything_but_jpeg_png_or_webp_by_its_first_bytes_is_not_an_image(string content)
    {
        var error = await RejectedAsync(Encoding.Latin1.GetBytes(content));
        Assert.Equal(MediaErrorCodes.NotAnImage, error.Code);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_while_streaming_and_never_read_past_it()
    {
        const long limit = 1024 * 1024;
        using var pipeline = new ImagePipeline(new ImagePipelineOptions { MaxUploadBytes = limit });
        // Throws (failing the test) if read past the limit plus one 64 KiB chunk; it never ends otherwise.
        await using var upload = new EndlessUploadStream(allowed: limit + (64 * 1024));

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => pipeline.ProcessAsync(upload));

        Assert.Equal(MediaErrorCodes.TooLarge, error.Code);
        Assert.Equal(limit + 1, upload.BytesRead);
    }

    [Fact]
    public async Task A_real_image_just_over_the_limit_is_refused_and_one_at_the_limit_is_accepted()
    {
        var jpeg = TestImages.NoisyJpeg(600, 400);
        using (var tight = new ImagePipeline(new ImagePipelineOptions { MaxUploadBytes = jpeg.Length - 1 }))
        {
            var error = await Assert.ThrowsAsync<MediaRejectedException>(() => tight.ProcessAsync(new MemoryStream(jpeg)));
            Assert.Equal(MediaErrorCodes.TooLarge, error.Code);
        }

        using var exact = new ImagePipeline(new ImagePipelineOptions { MaxUploadBytes = jpeg.Length });
        Assert.Equal(600, (await exact.ProcessAsync(new MemoryStream(jpeg))).Width);
    }

    private async Task<ProcessedImage> ProcessAsync(byte[] upload)
    {
        using var stream = new MemoryStream(upload);
        return await _pipeline.ProcessAsync(stream);
    }

    private async Task<MediaRejectedException> RejectedAsync(byte[] upload)
    {
        using var stream = new MemoryStream(upload);
        return await Assert.ThrowsAsync<MediaRejectedException>(() => _pipeline.ProcessAsync(stream));
    }

    private static void AssertColour(double[] pixel, bool red, string where)
    {
        var (r, b) = (pixel[0], pixel[2]);
        Assert.True(red ? r > 200 && b < 60 : b > 200 && r < 60, $"{where}: expected {(red ? "red" : "blue")}, got [{string.Join(", ", pixel)}].");
    }
}
