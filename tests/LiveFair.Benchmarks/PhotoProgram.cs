using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using LiveFair.Web.Media;
using NetVips;

namespace LiveFair.Benchmarks;

/// <summary>
/// Photos: a generated 24-megapixel JPEG (6000 × 4000, EXIF orientation 6, like a phone photo held upright)
/// through <see cref="ImagePipeline.ProcessAsync"/> — streamed read with the size limit, sniffing, header
/// check, decode, rotation, sRGB, metadata strip, three WebP renditions and the JPEG fallback — several times.
/// Reports time per image (p50, max) and peak memory: the process's peak resident set (VmHWM, native
/// libvips memory included), reset through /proc/self/clear_refs before each image, and managed allocation.
/// </summary>
internal static class PhotoProgram
{
    private const string Usage = "photo [--runs N (10)] [--warmup N (2)] [--width 6000] [--height 4000] [--quality 90]";

    public static async Task<int> RunAsync(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int runs = 10, warmup = 2, width = 6000, height = 4000, quality = 90;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--runs": runs = int.Parse(value!, CultureInfo.InvariantCulture); i++; break;
                case "--warmup": warmup = int.Parse(value!, CultureInfo.InvariantCulture); i++; break;
                case "--width": width = int.Parse(value!, CultureInfo.InvariantCulture); i++; break;
                case "--height": height = int.Parse(value!, CultureInfo.InvariantCulture); i++; break;
                case "--quality": quality = int.Parse(value!, CultureInfo.InvariantCulture); i++; break;
                default:
                    Console.Error.WriteLine(Usage);
                    return args[i] is "--help" or "-h" ? 0 : 2;
            }
        }

        Console.WriteLine("LiveFair photo pipeline benchmark");
        Console.WriteLine(BenchmarkReport.MachineLine);
        Console.WriteLine($"  runtime : {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}, vips threads {NetVips.NetVips.Concurrency}");

        var jpeg = MakePhoto(width, height, quality);
        Console.WriteLine($"  input   : {width} × {height} = {width * (long)height / 1e6:F1} MP JPEG q{quality}, {jpeg.Length / 1e6:F2} MB, EXIF orientation 6");
        Console.WriteLine($"  settings: {warmup} warm-up + {runs} measured runs, default pipeline options (limit 15 MB, WebP 1600/800/320 + JPEG 1600)");

        using var pipeline = new ImagePipeline(new ImagePipelineOptions());
        for (var i = 0; i < warmup; i++)
        {
            await pipeline.ProcessAsync(new MemoryStream(jpeg, writable: false));
        }

        var times = new List<double>();
        var peaks = new List<long>();
        var allocations = new List<long>();
        ProcessedImage? last = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var restingKb = ReadStatusKb("VmRSS");
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var peakReset = ResetPeak();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            last = await pipeline.ProcessAsync(new MemoryStream(jpeg, writable: false));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            times.Add(elapsed);
            peaks.Add(peakReset ? ReadStatusKb("VmHWM") : -1);
            Console.WriteLine($"  run {i + 1,2}: {elapsed,7:F0} ms, peak RSS {(peakReset ? $"{peaks[^1] / 1024.0:F0} MiB" : "n/a")}, managed allocated {allocations[^1] / 1e6:F1} MB");
        }

        times.Sort();
        Console.WriteLine();
        Console.WriteLine($"  output  : {string.Join(", ", last!.Renditions.Select(r => $"{r.Name} {r.Width}×{r.Height} {r.Content.Length / 1024.0:F0} KiB"))}");
        Console.WriteLine($"  time per image: p50 {Percentile(times, 0.5):F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms ({runs} runs)");
        if (peaks.All(p => p >= 0))
        {
            Console.WriteLine($"  peak RSS during an image: max {peaks.Max() / 1024.0:F0} MiB (resting RSS before the runs {restingKb / 1024.0:F0} MiB, so +{(peaks.Max() - restingKb) / 1024.0:F0} MiB)");
        }
        else
        {
            Console.WriteLine("  peak RSS: /proc/self/clear_refs could not be written; peak not measured per image");
        }

        Console.WriteLine($"  managed allocation per image: median {allocations.Order().ElementAt(allocations.Count / 2) / 1e6:F1} MB");
        Console.WriteLine($"  process peak RSS over the whole run (input generation included): {ReadStatusKb("VmHWM") / 1024.0:F0} MiB");
        return 0;
    }

    /// <summary>A photo-like 24 MP image: smooth gradients with sensor-like noise, saved with orientation 6.</summary>
    private static byte[] MakePhoto(int width, int height, int quality)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var r = x * (255.0 / width);
        using var g = y * (255.0 / height);
        using var sum = x + y;
        using var b = 255.0 - (sum * (255.0 / (width + height)));
        using var noise = Image.Gaussnoise(width, height, mean: 0, sigma: 10);
        using var bands = r.Bandjoin(g, b);
        using var noisy = bands.Add(noise);
        using var photo = noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var oriented = photo.Mutate(m => m.Set(GValue.GIntType, "orientation", 6));
        return oriented.JpegsaveBuffer(q: quality);
    }

    /// <summary>Writing 5 to clear_refs resets the peak resident set size (VmHWM) of this process.</summary>
    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long ReadStatusKb(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
