using System.Diagnostics;

namespace LiveFair.Benchmarks;

/// <summary>One call of the next person: how long until every seeker still waiting had their new place.</summary>
internal sealed record QueueRoundResult
{
    public required int Round { get; init; }

    /// <summary>Seekers who were still waiting after this call; each should get exactly one new place.</summary>
    public required long Expected { get; init; }
    public required long Delivered { get; init; }
    public long Lost => Expected - Delivered;

    /// <summary>The recruiter's CallNext until it returned.</summary>
    public required double CallMs { get; init; }

    /// <summary>The call until the called seeker saw "called" (NaN if they never did).</summary>
    public required double CalledSeenMs { get; init; }

    /// <summary>The call until each waiting seeker's handler had their new position (after client deserialisation).</summary>
    public required LatencySummary LatencyMs { get; init; }

    /// <summary>The call until the first waiting seeker had theirs: the booth grain, the observer hop and the first send.</summary>
    public required double FirstMs { get; init; }
    public required PhaseLoad Load { get; init; }
}

/// <summary>CPU, machine load and GC over one measured phase (as in the caption benchmark's runs).</summary>
internal sealed record PhaseLoad
{
    public required double Seconds { get; init; }
    public required double CpuPercent { get; init; }
    public required double CpuSeconds { get; init; }
    public required double MachineBusyPercent { get; init; }
    public double OthersPercent => Math.Max(0, MachineBusyPercent - CpuPercent);
    public required double CpuPressurePercent { get; init; }
    public required bool Clean { get; init; }
    public required int Gen0 { get; init; }
    public required int Gen1 { get; init; }
    public required int Gen2 { get; init; }
    public required double AllocatedMegabytes { get; init; }

    public static PhaseLoad From(MeasuredWindow window, double cleanBelow) => new()
    {
        Seconds = window.Wall.TotalSeconds,
        CpuPercent = window.CpuPercent,
        CpuSeconds = window.Cpu.TotalSeconds,
        MachineBusyPercent = window.MachineBusyPercent,
        CpuPressurePercent = window.PressurePercent,
        Clean = double.IsNaN(window.MachineBusyPercent) || window.MachineBusyPercent - window.CpuPercent < cleanBelow,
        Gen0 = window.Gc.Gen0,
        Gen1 = window.Gc.Gen1,
        Gen2 = window.Gc.Gen2,
        AllocatedMegabytes = window.Gc.AllocatedBytes / 1024.0 / 1024.0,
    };
}

/// <summary>Process memory at one point of the run.</summary>
internal sealed record MemoryPoint(string At, double WorkingSetMegabytes, double GcHeapMegabytes)
{
    public static MemoryPoint Now(string at)
    {
        using var process = Process.GetCurrentProcess();
        return new MemoryPoint(at, process.WorkingSet64 / 1024.0 / 1024.0, GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0);
    }
}

/// <summary>The whole queue run; serialised as is into the --out file.</summary>
internal sealed record QueueRunResult
{
    public required int Seekers { get; init; }
    public required int HashIterations { get; init; }
    public required double AccountsSeconds { get; init; }
    public required double SignInSeconds { get; init; }
    public required double ConnectSeconds { get; init; }

    public required int JoinConcurrency { get; init; }
    public required double JoinSeconds { get; init; }
    public double JoinsPerSecond => Seekers / JoinSeconds;

    /// <summary>Apply plus WatchBooth, per seeker.</summary>
    public required LatencySummary JoinMs { get; init; }
    public required LatencySummary ApplyMs { get; init; }
    public required LatencySummary WatchMs { get; init; }
    public required PhaseLoad JoinLoad { get; init; }

    public required IReadOnlyList<QueueRoundResult> Rounds { get; init; }

    /// <summary>Every (round, waiting seeker) latency together.</summary>
    public required LatencySummary AllRoundsMs { get; init; }
    public long Expected => Rounds.Sum(r => r.Expected);
    public long Delivered => Rounds.Sum(r => r.Delivered);
    public required long Duplicates { get; init; }
    public required long Unexpected { get; init; }
    public required IReadOnlyList<string> UnexpectedExamples { get; init; }
    public required long StillCalled { get; init; }
    public required long Disconnects { get; init; }
    public required IReadOnlyList<MemoryPoint> Memory { get; init; }

    /// <summary>Every place delivered, none wrong or twice, and every round's p99 under 500 ms.</summary>
    public bool GoalMet => Delivered == Expected && Duplicates == 0 && Unexpected == 0 && Rounds.All(r => r.LatencyMs.P99 < 500);
}
