using System.Diagnostics;

namespace LiveFair.Benchmarks;

/// <summary>
/// Measured runs: start the target(s), connect and join every viewer, publish warm-up then measured
/// captions at a fixed rate, drain, count. With one target it is a plain run. With two (interleaved) both
/// servers and both swarms are up at once and publishing alternates between them in short slices, so
/// anything else happening on the machine falls on both alike.
/// </summary>
internal static class FanoutRunner
{
    private const int MaxOutstandingPublishes = 256;

    /// <summary>Pause between slices so one target's last burst is delivered before the other's first.</summary>
    private static readonly TimeSpan SliceGap = TimeSpan.FromMilliseconds(500);

    public static async Task<IReadOnlyList<RunResult>> RunAsync(BenchmarkOptions options, IReadOnlyList<Func<Task<IFanoutTarget>>> starts)
    {
        var warmupCaptions = (int)Math.Round(options.Warmup * options.Rate);
        var measuredCaptions = Math.Max(1, (int)Math.Round(options.Duration * options.Rate));
        var runs = new List<TargetRun>();
        try
        {
            foreach (var start in starts)
            {
                var target = await start();
                var run = new TargetRun(target, options.Viewers, warmupCaptions, measuredCaptions);
                runs.Add(run);
                Console.WriteLine($"  {target.Name}: hub {target.HubUrl}");
                var connectWatch = Stopwatch.StartNew();
                await run.Swarm.ConnectAllAsync(target, run.Log, options.MessagePack, options.StatefulReconnect, options.ConnectBatch, TimeSpan.FromMinutes(15));
                run.ConnectSeconds = connectWatch.Elapsed.TotalSeconds;
            }

            // Let join-time work (viewer-count reports, first-message JIT) settle before the first caption.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var idleBefore = options.WaitIdle > 0
                ? await MachineSample.WaitForIdleAsync(TimeSpan.FromSeconds(options.WaitIdle), options.IdleBelow)
                : double.NaN;
            foreach (var run in runs)
            {
                run.OtherEventsBefore = run.Log.OtherEvents;
            }

            var slots = Schedule(runs, options);
            Console.WriteLine(runs.Count == 1
                ? $"  {runs[0].Target.Name}: publishing {warmupCaptions} warm-up + {measuredCaptions} measured captions at {options.Rate}/s"
                : $"  publishing {warmupCaptions} warm-up + {measuredCaptions} measured captions to each of {string.Join(" and ", runs.Select(r => r.Target.Name))} at {options.Rate}/s, alternating every {options.Interleave} s");
            var publishWatch = Stopwatch.StartNew();
            await PublishAsync(slots, runs, options);
            var publishSeconds = publishWatch.Elapsed.TotalSeconds;

            var results = new List<RunResult>();
            foreach (var run in runs)
            {
                results.Add(RunResult.From(
                    run.Target.Name,
                    options,
                    run.Log,
                    run.Published,
                    run.AcceptTicks,
                    warmupCaptions,
                    run.PublishFailures,
                    run.Swarm.Closed,
                    run.Log.OtherEvents - run.OtherEventsBefore,
                    run.ConnectSeconds,
                    publishSeconds,
                    run.Window,
                    idleBefore,
                    runs.Count > 1));
            }

            return results;
        }
        finally
        {
            foreach (var run in runs)
            {
                await run.Swarm.DisposeAsync();
                await run.Target.DisposeAsync();
            }
        }
    }

    private readonly record struct Slot(TargetRun Run, int Index, long Due);

    private static List<Slot> Schedule(List<TargetRun> runs, BenchmarkOptions options)
    {
        var period = Stopwatch.Frequency / options.Rate;
        var gap = (long)(SliceGap.TotalSeconds * Stopwatch.Frequency);
        var perSlice = runs.Count == 1 ? int.MaxValue : Math.Max(1, (int)Math.Round(options.Interleave * options.Rate));
        var captions = runs[0].Log.Captions;
        var slots = new List<Slot>();
        var next = new int[runs.Count];
        var due = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 10);
        for (var turn = 0; next.Any(n => n < captions); turn++)
        {
            var which = turn % runs.Count;
            var run = runs[which];
            for (var i = 0; i < perSlice && next[which] < run.Log.Captions; i++)
            {
                slots.Add(new Slot(run, next[which]++, due));
                due += (long)period;
            }

            due += gap;
        }

        return slots;
    }

    private static async Task PublishAsync(List<Slot> slots, List<TargetRun> runs, BenchmarkOptions options)
    {
        var outstanding = new Queue<Task>();
        TargetRun? measuring = null;
        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot.Due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            if (measuring is not null && measuring != slot.Run)
            {
                // The other target's slice ends here, after the gap in which its last burst was delivered.
                measuring.Window.End();
                measuring = null;
            }

            if (measuring is null && slot.Index >= slot.Run.WarmupCaptions)
            {
                measuring = slot.Run;
                measuring.Window.Begin();
            }

            var publishedAt = Stopwatch.GetTimestamp();
            var text = ReceiptLog.Text(slot.Index, publishedAt, options.CaptionChars);
            outstanding.Enqueue(PublishOneAsync(slot.Run, text, options.Final, slot.Index, publishedAt));
            while (outstanding.Count > MaxOutstandingPublishes || (outstanding.Count > 0 && outstanding.Peek().IsCompleted))
            {
                await outstanding.Dequeue();
            }
        }

        try
        {
            await Task.WhenAll(outstanding).WaitAsync(TimeSpan.FromSeconds(options.Drain));
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"    {outstanding.Count(t => !t.IsCompleted)} publish calls still unanswered after {options.Drain} s; they count as not published");
        }

        // Drain: wait for the last receipts, bounded by the drain deadline.
        var drainDeadline = Stopwatch.GetTimestamp() + ((long)options.Drain * Stopwatch.Frequency);
        while (runs.Any(r => r.Log.Delivered < r.ExpectedAll) && Stopwatch.GetTimestamp() < drainDeadline)
        {
            await Task.Delay(20);
        }

        measuring?.Window.End();
    }

    private static async Task PublishOneAsync(TargetRun run, string text, bool final, int index, long publishedAt)
    {
        try
        {
            await run.Target.PublishAsync(text, final);
            run.Published[index] = true;
            run.AcceptTicks[index] = Stopwatch.GetTimestamp() - publishedAt;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Increment(ref run.PublishFailures);
            Console.WriteLine($"    {run.Target.Name} caption {index} was refused: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private sealed class TargetRun(IFanoutTarget target, int viewers, int warmupCaptions, int measuredCaptions)
    {
        public IFanoutTarget Target { get; } = target;
        public ViewerSwarm Swarm { get; } = new(viewers);
        public ReceiptLog Log { get; } = new(viewers, warmupCaptions + measuredCaptions);
        public int WarmupCaptions { get; } = warmupCaptions;
        public bool[] Published { get; } = new bool[warmupCaptions + measuredCaptions];
        public long[] AcceptTicks { get; } = new long[warmupCaptions + measuredCaptions];
        public MeasuredWindow Window { get; } = new();
        public double ConnectSeconds { get; set; }
        public long OtherEventsBefore { get; set; }
        public long ExpectedAll => (long)Published.Count(p => p) * Log.Viewers;

#pragma warning disable CA1051 // a field, for Interlocked
        public int PublishFailures;
#pragma warning restore CA1051
    }
}

/// <summary>
/// CPU, GC and machine load summed over the (one or several) intervals in which a target was measured.
/// </summary>
internal sealed class MeasuredWindow
{
    private TimeSpan _cpuStart;
    private long _wallStart;
    private GcCounts _gcStart;
    private MachineSample _machineStart;
    private bool _open;

    public TimeSpan Cpu { get; private set; }
    public TimeSpan Wall { get; private set; }
    public GcCounts Gc { get; private set; }
    public long MachineBusyJiffies { get; private set; }
    public long MachineTotalJiffies { get; private set; }
    public long PressureMicroseconds { get; private set; }
    public bool HasMachineData { get; private set; } = true;

    public void Begin()
    {
        _cpuStart = OwnCpu();
        _wallStart = Stopwatch.GetTimestamp();
        _gcStart = GcCounts.Now();
        _machineStart = MachineSample.Now();
        _open = true;
    }

    public void End()
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        var machine = MachineSample.Now();
        Cpu += OwnCpu() - _cpuStart;
        Wall += Stopwatch.GetElapsedTime(_wallStart);
        Gc += GcCounts.Now() - _gcStart;
        if (_machineStart.TotalJiffies < 0 || _machineStart.PressureMicroseconds < 0)
        {
            HasMachineData = false;
        }

        MachineBusyJiffies += machine.BusyJiffies - _machineStart.BusyJiffies;
        MachineTotalJiffies += machine.TotalJiffies - _machineStart.TotalJiffies;
        PressureMicroseconds += machine.PressureMicroseconds - _machineStart.PressureMicroseconds;
    }

    public double CpuPercent => Cpu.TotalSeconds / Wall.TotalSeconds / Environment.ProcessorCount * 100;

    public double MachineBusyPercent => HasMachineData && MachineTotalJiffies > 0 ? 100.0 * MachineBusyJiffies / MachineTotalJiffies : double.NaN;

    public double PressurePercent => HasMachineData && Wall > TimeSpan.Zero ? 100.0 * PressureMicroseconds / Wall.TotalMicroseconds : double.NaN;

    private static TimeSpan OwnCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

internal readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

    public static GcCounts operator -(GcCounts a, GcCounts b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.AllocatedBytes - b.AllocatedBytes);

    public static GcCounts operator +(GcCounts a, GcCounts b) =>
        new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.AllocatedBytes + b.AllocatedBytes);
}
