using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace LiveFair.Web.Tests.Media;

/// <summary>Images made at test time: real ones through NetVips, forged ones byte by byte.</summary>
internal static class TestImages
{
    /// <summary>Left half red, right half blue, as an 8-bit sRGB image.</summary>
    public static Image RedBlue(int width, int height)
    {
        using var red = Image.Black(width / 2, height).NewFromImage(new double[] { 255, 0, 0 });
        using var blue = Image.Black(width - (width / 2), height).NewFromImage(new double[] { 0, 0, 255 });
        using var joined = red.Join(blue, Enums.Direction.Horizontal);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>Random noise, which compresses badly: a JPEG of a given size in pixels that is also large in bytes.</summary>
    public static byte[] NoisyJpeg(int width, int height, int quality = 90)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 40);
        using var rgb = noise.Bandjoin(noise, noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgb.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.None);
    }

    /// <summary>
    /// A real JPEG (left red, right blue, as stored) carrying an EXIF block written by hand — orientation 6
    /// (turn 90° clockwise to show) and GPS latitude 30° 39′ N — and an XMP packet naming a place.
    /// </summary>
    public static byte[] JpegWithExifOrientation6AndGps(int width, int height)
    {
        using var image = RedBlue(width, height);
        var plain = image.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.None);
        using var output = new MemoryStream();
        output.Write(plain, 0, 2); // SOI
        WriteSegment(output, 0xE1, [.. "Exif\0\0"u8, .. ExifWithOrientationAndGps(orientation: 6)]);
        WriteSegment(output, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
            "<rdf:Description xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" photoshop:City=\"Chengdu\"/></rdf:RDF></x:xmpmeta>")]);
        output.Write(plain, 2, plain.Length - 2);
        return output.ToArray();
    }

    /// <summary>A little-endian TIFF block: IFD0 with Orientation and a pointer to a GPS IFD with latitude.</summary>
    private static byte[] ExifWithOrientationAndGps(ushort orientation)
    {
        var tiff = new byte[68 + 24];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8); // IFD0 at 8
        // IFD0: 2 entries (8..38)
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 2);
        Entry(span[10..], tag: 0x0112, type: 3, count: 1, value: orientation);   // Orientation, SHORT
        Entry(span[22..], tag: 0x8825, type: 4, count: 1, value: 38);            // GPSInfo IFD pointer, LONG
        BinaryPrimitives.WriteUInt32LittleEndian(span[34..], 0);
        // GPS IFD: 2 entries (38..68), then three rationals at 68
        BinaryPrimitives.WriteUInt16LittleEndian(span[38..], 2);
        Entry(span[40..], tag: 0x0001, type: 2, count: 2, value: 'N');           // GPSLatitudeRef "N\0"
        Entry(span[52..], tag: 0x0002, type: 5, count: 3, value: 68);            // GPSLatitude, 3 RATIONAL at 68
        BinaryPrimitives.WriteUInt32LittleEndian(span[64..], 0);
        uint[] rationals = [30, 1, 39, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(68 + (4 * i))..], rationals[i]);
        }

        return tiff;

        static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
            BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
        }
    }

    private static void WriteSegment(Stream output, byte marker, byte[] payload)
    {
        output.WriteByte(0xFF);
        output.WriteByte(marker);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, checked((ushort)(payload.Length + 2)));
        output.Write(length);
        output.Write(payload);
    }

    /// <summary>
    /// A PNG whose IHDR declares <paramref name="width"/> × <paramref name="height"/> RGB pixels (valid CRCs
    /// throughout), followed by one small IDAT that holds nowhere near that many: only the header is honest
    /// about being a PNG.
    /// </summary>
    public static byte[] ForgedPng(uint width, uint height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: RGB
        // compression, filter and interlace methods: 0
        WriteChunk(output, "IHDR", ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(new byte[4096]);
            }

            WriteChunk(output, "IDAT", compressed.ToArray());
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        output.Write(word);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309, reflected, polynomial 0xEDB88320).</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    public static bool Contains(byte[] haystack, string ascii) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;
}

/// <summary>
/// An endless upload that starts like a JPEG and fails the test if anyone reads more than
/// <c>allowed</c> bytes from it: proof that a size limit is applied while streaming.
/// </summary>
internal sealed class EndlessUploadStream(long allowed) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (BytesRead >= allowed)
        {
            throw new InvalidOperationException($"Read past the allowed {allowed} bytes: the upload was not cut off while streaming.");
        }

        var n = (int)Math.Min(buffer.Length, allowed - BytesRead);
        buffer[..n].Fill(0x42);
        if (BytesRead == 0 && n >= 3)
        {
            buffer[0] = 0xFF;
            buffer[1] = 0xD8;
            buffer[2] = 0xFF;
        }

        BytesRead += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
