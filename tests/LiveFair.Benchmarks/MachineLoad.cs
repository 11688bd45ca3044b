using System.Diagnostics;
using System.Globalization;

namespace LiveFair.Benchmarks;

/// <summary>
/// Machine-wide CPU use (Linux <c>/proc/stat</c>) and CPU pressure (<c>/proc/pressure/cpu</c>), so a run
/// can say how busy the rest of the machine was while it measured. Elsewhere every value is NaN.
/// </summary>
internal readonly record struct MachineSample(long BusyJiffies, long TotalJiffies, long PressureMicroseconds, long Timestamp)
{
    public static MachineSample Now()
    {
        long busy = -1, total = -1, pressure = -1;
        try
        {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = cpu.Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            total = values.Sum();
            busy = total - values[3] - values[4];

            // "some avg10=0.00 avg60=0.00 avg300=0.00 total=123"
            var some = File.ReadLines("/proc/pressure/cpu").First().Split(' ');
            pressure = long.Parse(some.Last()["total=".Length..], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Not Linux, or no PSI: the values stay unknown.
        }

        return new MachineSample(busy, total, pressure, Stopwatch.GetTimestamp());
    }

    /// <summary>Share of all cores busy (any process) between two samples, in percent.</summary>
    public static double BusyPercent(MachineSample start, MachineSample end) =>
        start.TotalJiffies < 0 || end.TotalJiffies <= start.TotalJiffies
            ? double.NaN
            : 100.0 * (end.BusyJiffies - start.BusyJiffies) / (end.TotalJiffies - start.TotalJiffies);

    /// <summary>Share of wall time during which some runnable task waited for a CPU, in percent.</summary>
    public static double PressurePercent(MachineSample start, MachineSample end)
    {
        var wallMicroseconds = Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalMicroseconds;
        return start.PressureMicroseconds < 0 || wallMicroseconds <= 0
            ? double.NaN
            : 100.0 * (end.PressureMicroseconds - start.PressureMicroseconds) / wallMicroseconds;
    }

    /// <summary>
    /// Waits, at most <paramref name="limit"/>, until other processes are nearly idle (under
    /// <paramref name="busyPercent"/> of the machine over a one-second sample, this process not counted),
    /// so other work on a shared machine does not land in the measurement. Returns the last sample.
    /// </summary>
    public static async Task<double> WaitForIdleAsync(TimeSpan limit, double busyPercent)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var busy = double.NaN;
        var reported = false;
        do
        {
            var start = Now();
            var ownStart = OwnCpu();
            await Task.Delay(TimeSpan.FromSeconds(1));
            var end = Now();
            var own = (OwnCpu() - ownStart).TotalSeconds / Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds / Environment.ProcessorCount * 100;
            busy = Math.Max(0, BusyPercent(start, end) - own);
            if (double.IsNaN(busy) || busy < busyPercent)
            {
                return busy;
            }

            if (!reported)
            {
                Console.WriteLine($"  waiting for other processes to go quiet (now {busy:F0} % of the machine, waiting for < {busyPercent:F0} %, at most {limit.TotalSeconds:F0} s)");
                reported = true;
            }
        }
        while (Stopwatch.GetTimestamp() < deadline);

        Console.WriteLine($"  other processes still use {busy:F0} % of the machine; measuring anyway");
        return busy;
    }

    private static TimeSpan OwnCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
