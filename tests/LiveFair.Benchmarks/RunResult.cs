using System.Diagnostics;

namespace LiveFair.Benchmarks;

internal sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static LatencySummary FromTicks(long[] ticks, int count)
    {
        if (count == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(ticks, 0, count);
        double Ms(long value) => value * 1000.0 / Stopwatch.Frequency;

        // Nearest rank: the smallest value with at least p of the samples at or below it.
        double At(double p) => Ms(ticks[Math.Clamp((int)Math.Ceiling(p * count) - 1, 0, count - 1)]);
        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += ticks[i];
        }

        return new LatencySummary(At(0.50), At(0.90), At(0.99), At(0.999), Ms(ticks[count - 1]), sum / count * 1000.0 / Stopwatch.Frequency);
    }
}

/// <summary>The outcome of one run; serialised as is into the --out file.</summary>
internal sealed record RunResult
{
    public required string Mode { get; init; }
    public required int Viewers { get; init; }
    public required string Protocol { get; init; }
    public required string Captions { get; init; }
    public required bool StatefulReconnect { get; init; }

    /// <summary>Both servers were up at once and publishing alternated between them in slices.</summary>
    public required bool Interleaved { get; init; }
    public required double Rate { get; init; }
    public required int CaptionChars { get; init; }
    public required int WarmupCaptions { get; init; }
    public required int MeasuredCaptions { get; init; }
    public required int PublishFailures { get; init; }

    /// <summary>Measured captions the server accepted × viewers.</summary>
    public required long Expected { get; init; }
    public required long Delivered { get; init; }
    public long Lost => Expected - Delivered;

    /// <summary>Warm-up captions that some viewer never received (not part of <see cref="Lost"/>).</summary>
    public required long WarmupLost { get; init; }
    public required long Duplicates { get; init; }
    public required long OutOfOrder { get; init; }
    public required long Disconnects { get; init; }

    /// <summary>Non-caption room events viewers got during publishing (LiveFair's viewer counts).</summary>
    public required long OtherEvents { get; init; }

    /// <summary>Publish (timestamp taken just before the publish call) to a viewer's receive callback.</summary>
    public required LatencySummary LatencyMs { get; init; }

    /// <summary>
    /// From the event's own <c>At</c> to receipt: for LiveFair the grain reads the clock after persisting a
    /// final caption, so this is the fan-out part alone (grain → observer → SignalR → viewer).
    /// </summary>
    public required LatencySummary SinceEventMs { get; init; }

    /// <summary>Publish call until the server accepted it (LiveFair: grain call returned, caption durable).</summary>
    public required LatencySummary AcceptMs { get; init; }

    /// <summary>Process CPU over the measured window as a share of the whole machine (all cores).</summary>
    public required double CpuPercent { get; init; }
    public required double CpuSeconds { get; init; }
    public required double WindowSeconds { get; init; }
    public required int Cores { get; init; }

    /// <summary>All processes' CPU over the window, as a share of the machine (this process included).</summary>
    public required double MachineBusyPercent { get; init; }

    /// <summary>Other processes' CPU over the window, as a share of the machine: other work on a shared machine.</summary>
    public double OthersPercent => Math.Max(0, MachineBusyPercent - CpuPercent);

    /// <summary>Share of the window during which some runnable task waited for a CPU (Linux PSI).</summary>
    public required double CpuPressurePercent { get; init; }

    /// <summary>Other processes used less than <c>--clean-below</c> of the machine during the window.</summary>
    public required bool Clean { get; init; }

    /// <summary>Other processes' share of the machine just before publishing started (when waiting for idle).</summary>
    public required double MachineBusyBeforePercent { get; init; }
    public required double ConnectSeconds { get; init; }
    public required double PublishSeconds { get; init; }
    public required int Gen0 { get; init; }
    public required int Gen1 { get; init; }
    public required int Gen2 { get; init; }
    public required double AllocatedMegabytes { get; init; }

    public static RunResult From(
        string mode,
        BenchmarkOptions options,
        ReceiptLog log,
        bool[] published,
        long[] acceptTicks,
        int warmupCaptions,
        int publishFailures,
        long disconnects,
        long otherEvents,
        double connectSeconds,
        double publishSeconds,
        MeasuredWindow window,
        double idleBefore,
        bool interleaved)
    {
        var measured = log.Captions - warmupCaptions;
        var latencies = new long[(long)measured * log.Viewers];
        var sinceEvent = new long[latencies.Length];
        var count = 0;
        long expected = 0;
        long warmupLost = 0;
        for (var caption = 0; caption < log.Captions; caption++)
        {
            if (!published[caption])
            {
                continue;
            }

            for (var viewer = 0; viewer < log.Viewers; viewer++)
            {
                var latency = log.Latency(viewer, caption);
                if (caption < warmupCaptions)
                {
                    warmupLost += latency < 0 ? 1 : 0;
                    continue;
                }

                expected++;
                if (latency >= 0)
                {
                    sinceEvent[count] = log.SinceEvent(viewer, caption) * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
                    latencies[count++] = latency;
                }
            }
        }

        var accepts = new long[measured];
        var acceptCount = 0;
        for (var caption = warmupCaptions; caption < log.Captions; caption++)
        {
            if (published[caption])
            {
                accepts[acceptCount++] = acceptTicks[caption];
            }
        }

        return new RunResult
        {
            Mode = mode,
            Viewers = log.Viewers,
            Protocol = options.Protocol,
            Captions = options.Final ? "final" : "partial",
            StatefulReconnect = options.StatefulReconnect,
            Rate = options.Rate,
            CaptionChars = options.CaptionChars,
            WarmupCaptions = warmupCaptions,
            MeasuredCaptions = measured,
            PublishFailures = publishFailures,
            Expected = expected,
            Delivered = count,
            WarmupLost = warmupLost,
            Duplicates = log.Duplicates,
            OutOfOrder = log.OutOfOrder,
            Disconnects = disconnects,
            OtherEvents = otherEvents,
            LatencyMs = LatencySummary.FromTicks(latencies, count),
            SinceEventMs = LatencySummary.FromTicks(sinceEvent, count),
            AcceptMs = LatencySummary.FromTicks(accepts, acceptCount),
            Interleaved = interleaved,
            CpuPercent = window.CpuPercent,
            CpuSeconds = window.Cpu.TotalSeconds,
            WindowSeconds = window.Wall.TotalSeconds,
            Cores = Environment.ProcessorCount,
            MachineBusyPercent = window.MachineBusyPercent,
            CpuPressurePercent = window.PressurePercent,
            MachineBusyBeforePercent = idleBefore,
            Clean = double.IsNaN(window.MachineBusyPercent) || window.MachineBusyPercent - window.CpuPercent < options.CleanBelow,
            ConnectSeconds = connectSeconds,
            PublishSeconds = publishSeconds,
            Gen0 = window.Gc.Gen0,
            Gen1 = window.Gc.Gen1,
            Gen2 = window.Gc.Gen2,
            AllocatedMegabytes = window.Gc.AllocatedBytes / 1024.0 / 1024.0,
        };
    }
}
