using System.Buffers;
using NetVips;

namespace LiveFair.Web.Media;

public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}

/// <summary>One output file: e.g. <c>w800.webp</c>, 800 px wide (or narrower when the source is).</summary>
public sealed record ImageRendition(string Name, string ContentType, int Width, int Height, byte[] Content);

/// <summary>The checked image, upright, with its renditions; <see cref="Width"/> × <see cref="Height"/> as decoded.</summary>
public sealed record ProcessedImage(ImageFormat SourceFormat, int Width, int Height, IReadOnlyList<ImageRendition> Renditions);

/// <summary>
/// Turns an upload into safe renditions with libvips (NetVips), refusing bad input at the cheapest point:
/// the size limit while the stream is read (never asking it for more than the limit and one byte), the
/// format from the first bytes, a pixel flood from the header before any pixel is decoded, and damage
/// while decoding. What passes is turned upright by its EXIF orientation, converted to sRGB, stripped of
/// every piece of metadata (EXIF, GPS, XMP, IPTC, ICC) and written as WebP at each configured width and
/// a JPEG fallback, never enlarged.
/// </summary>
public sealed class ImagePipeline : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private const int Unbounded = 10_000_000;

    // Metadata that survives processing; everything else (exif-*, xmp-data, icc-profile-data, ...) is removed.
    private static readonly HashSet<string> CoreFields = new(StringComparer.Ordinal)
    {
        "width", "height", "bands", "format", "coding", "interpretation", "xoffset", "yoffset", "xres", "yres", "filename",
    };

    private readonly ImagePipelineOptions _options;
    private readonly SemaphoreSlim _decoding;

    static ImagePipeline()
    {
        // Uploads are never seen twice: libvips' operation cache would only hold their buffers alive.
        Cache.Max = 0;
        // Only the loaders named below are used, but refuse libvips' untrusted (fuzz-unsafe) operations too.
        NetVips.NetVips.BlockUntrusted = true;
    }

    public ImagePipeline(ImagePipelineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _decoding = new SemaphoreSlim(Math.Max(1, options.MaxConcurrent));
    }

    public ImagePipelineOptions Options => _options;

    /// <summary>Reads, checks and converts one upload; throws <see cref="MediaRejectedException"/> when refused.</summary>
    public async Task<ProcessedImage> ProcessAsync(Stream upload, CancellationToken cancellationToken = default)
    {
        var (bytes, format) = await ReadUploadAsync(upload, _options.MaxUploadBytes, cancellationToken);
        await _decoding.WaitAsync(cancellationToken);
        try
        {
            return Convert(bytes, format);
        }
        finally
        {
            _decoding.Release();
        }
    }

    /// <summary>
    /// Reads the whole upload, asking the stream for at most <paramref name="limit"/> + 1 bytes in all, and
    /// checks the first bytes as soon as they arrive.
    /// </summary>
    public static async Task<(byte[] Bytes, ImageFormat Format)> ReadUploadAsync(Stream upload, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var collected = new MemoryStream();
            ImageFormat? format = null;
            long total = 0;
            while (true)
            {
                var wanted = (int)Math.Min(ChunkSize, limit + 1 - total);
                var read = await upload.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    throw new MediaRejectedException(MediaErrorCodes.TooLarge, $"The image is larger than the limit of {limit} bytes.");
                }

                collected.Write(chunk, 0, read);
                if (format is null && collected.Length >= 12)
                {
                    format = Sniff(collected.GetBuffer().AsSpan(0, 12));
                }
            }

            format ??= Sniff(collected.GetBuffer().AsSpan(0, (int)collected.Length));
            return (collected.ToArray(), format.Value);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>JPEG, PNG or WebP by signature; anything else is refused.</summary>
    public static ImageFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.Webp;
        }

        throw new MediaRejectedException(MediaErrorCodes.NotAnImage, "The file is not a JPEG, PNG or WebP image.");
    }

    public void Dispose() => _decoding.Dispose();

    private ProcessedImage Convert(byte[] bytes, ImageFormat format)
    {
        var shrink = CheckHeader(bytes, format);
        using var decoded = Decode(bytes, format, shrink);
        using var upright = Upright(decoded);
        var renditions = new List<ImageRendition>();
        var source = upright;
        var owned = new List<Image>();
        try
        {
            // Largest first; each smaller one is made from the one before, which is already small.
            foreach (var width in _options.WebpWidths.Distinct().OrderDescending())
            {
                source = Shrink(source, width, owned);
                renditions.Add(new ImageRendition(
                    $"w{width}.webp", "image/webp", source.Width, source.Height,
                    source.WebpsaveBuffer(q: _options.WebpQuality, effort: 4, keep: Enums.ForeignKeep.None)));
            }

            var fallback = Shrink(upright, _options.JpegWidth, owned);
            if (fallback.HasAlpha())
            {
                fallback = Track(fallback.Flatten(background: [255, 255, 255]), owned);
            }

            renditions.Add(new ImageRendition(
                $"w{_options.JpegWidth}.jpg", "image/jpeg", fallback.Width, fallback.Height,
                fallback.JpegsaveBuffer(q: _options.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
            return new ProcessedImage(format, upright.Width, upright.Height, renditions);
        }
        catch (VipsException e)
        {
            throw new MediaRejectedException(MediaErrorCodes.Corrupt, "The image could not be converted.", e);
        }
        finally
        {
            foreach (var image in owned)
            {
                image.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads only the header (libvips decodes pixels on demand, and nothing here asks for them) and refuses a
    /// pixel flood. Returns the JPEG shrink-on-load factor that still leaves the widest rendition sharp.
    /// </summary>
    private int CheckHeader(byte[] bytes, ImageFormat format)
    {
        int width, height, orientation;
        try
        {
            using var header = Load(bytes, format, shrink: 1, Enums.Access.Sequential);
            (width, height) = (header.Width, header.Height);
            orientation = header.Contains("orientation") ? (int)header.Get("orientation") : 1;
        }
        catch (VipsException e)
        {
            throw new MediaRejectedException(MediaErrorCodes.Corrupt, "The image header could not be read.", e);
        }

        if (width > _options.MaxSide || height > _options.MaxSide || (long)width * height > _options.MaxPixels)
        {
            throw new MediaRejectedException(
                MediaErrorCodes.TooManyPixels,
                $"The image declares {width} × {height} pixels; at most {_options.MaxPixels} pixels and {_options.MaxSide} on a side are allowed.");
        }

        if (format != ImageFormat.Jpeg)
        {
            return 1;
        }

        var uprightWidth = orientation is >= 5 and <= 8 ? height : width;
        var widest = Math.Max(_options.WebpWidths.Max(), _options.JpegWidth);
        var shrink = 1;
        while (shrink < 8 && uprightWidth / (shrink * 2) >= widest)
        {
            shrink *= 2;
        }

        return shrink;
    }

    /// <summary>Decodes every pixel now, so a truncated or damaged file fails here and nowhere later.</summary>
    private static Image Decode(byte[] bytes, ImageFormat format, int shrink)
    {
        try
        {
            using var lazy = Load(bytes, format, shrink, Enums.Access.Random);
            return lazy.CopyMemory();
        }
        catch (VipsException e)
        {
            throw new MediaRejectedException(MediaErrorCodes.Corrupt, "The image is truncated or damaged.", e);
        }
    }

    private static Image Load(byte[] bytes, ImageFormat format, int shrink, Enums.Access access) => format switch
    {
        ImageFormat.Jpeg => Image.JpegloadBuffer(bytes, shrink: shrink, access: access, failOn: Enums.FailOn.Truncated),
        ImageFormat.Png => Image.PngloadBuffer(bytes, access: access, failOn: Enums.FailOn.Truncated),
        ImageFormat.Webp => Image.WebploadBuffer(bytes, access: access, failOn: Enums.FailOn.Truncated),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Turned by its orientation, in 8-bit sRGB (through its own ICC profile when it has one), with no metadata.</summary>
    private static Image Upright(Image decoded)
    {
        try
        {
            using var rotated = decoded.Autorot();
            using var srgb = ToSrgb(rotated);
            using var bare = srgb.Mutate(m =>
            {
                foreach (var field in m.GetFields())
                {
                    if (!CoreFields.Contains(field))
                    {
                        m.Remove(field);
                    }
                }
            });
            return bare.CopyMemory();
        }
        catch (VipsException e)
        {
            throw new MediaRejectedException(MediaErrorCodes.Corrupt, "The image could not be converted.", e);
        }
    }

    private static Image ToSrgb(Image image)
    {
        if (image.Contains("icc-profile-data"))
        {
            try
            {
                return image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual, depth: 8);
            }
            catch (VipsException)
            {
                // A broken embedded profile is ignored rather than refusing the photo: convert as if it had none.
            }
        }

        var srgb = image.Colourspace(Enums.Interpretation.Srgb);
        if (srgb.Format == Enums.BandFormat.Uchar)
        {
            return srgb;
        }

        using (srgb)
        {
            return srgb.Cast(Enums.BandFormat.Uchar);
        }
    }

    private static Image Shrink(Image source, int width, List<Image> owned)
    {
        if (source.Width <= width)
        {
            return source;
        }

        using var resized = source.ThumbnailImage(width, height: Unbounded, size: Enums.Size.Down, noRotate: true);
        return Track(resized.CopyMemory(), owned);
    }

    private static Image Track(Image image, List<Image> owned)
    {
        owned.Add(image);
        return image;
    }
}
