using System.Globalization;

namespace LiveFair.Benchmarks;

internal enum BenchmarkMode
{
    Both,
    LiveFair,
    Baseline,
}

/// <summary>Command-line settings. Every value is bounded so a typo cannot start an unbounded run.</summary>
internal sealed record BenchmarkOptions
{
    public int Viewers { get; init; } = 2000;

    /// <summary>Captions per second.</summary>
    public double Rate { get; init; } = 10;

    /// <summary>Seconds of measured publishing.</summary>
    public int Duration { get; init; } = 20;

    /// <summary>Seconds of publishing after every viewer joined and before measuring.</summary>
    public int Warmup { get; init; } = 3;

    public bool MessagePack { get; init; } = true;

    public BenchmarkMode Mode { get; init; } = BenchmarkMode.Both;

    /// <summary>How many times the baseline/LiveFair pair is run, alternating.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Characters of caption text (the benchmark marker padded with ordinary caption text).</summary>
    public int CaptionChars { get; init; } = 60;

    /// <summary>Viewers connected and joined concurrently.</summary>
    public int ConnectBatch { get; init; } = 100;

    /// <summary>Seconds to wait for stragglers after the last caption before counting the rest as lost.</summary>
    public int Drain { get; init; } = 15;

    /// <summary>Thread-pool minimum (worker and IO); 0 leaves the runtime default.</summary>
    public int MinThreads { get; init; } = 32;

    public string? Out { get; init; }

    /// <summary>
    /// Seconds per slice when both servers run at once and publishing alternates between them (0 = off:
    /// baseline, then LiveFair, each alone).
    /// </summary>
    public double Interleave { get; init; }

    /// <summary>Seconds to wait, before publishing, for the machine to be nearly idle (0 = do not wait).</summary>
    public int WaitIdle { get; init; }

    /// <summary>Other processes' share of the machine, in percent, under which it counts as idle.</summary>
    public double IdleBelow { get; init; } = 10;

    /// <summary>A run during which other processes used less than this share of the machine is "clean".</summary>
    public double CleanBelow { get; init; } = 10;

    /// <summary>Final captions (default; LiveFair persists each before fanning it out) or partial ones (not persisted).</summary>
    public bool Final { get; init; } = true;

    /// <summary>Viewers use stateful reconnect, as LiveFair's browser client does (both hubs allow it).</summary>
    public bool StatefulReconnect { get; init; }

    public string Protocol => MessagePack ? "messagepack" : "json";

    public const string Usage =
        """
        LiveFair caption fan-out benchmark (loopback only). The booth-queue benchmark is a separate
        scenario: put "queue" first (options: -- queue --help).

          --viewers N         SignalR WebSocket viewers in one room (default 2000, 1..50000)
          --rate R            captions per second (default 10, 0.1..1000)
          --duration S        measured seconds of publishing (default 20, 1..3600)
          --warmup S          unmeasured seconds of publishing first (default 3, 0..600)
          --protocol P        messagepack | json (default messagepack)
          --mode M            both | livefair | baseline (default both: baseline, then LiveFair)
          --rounds K          repeat the pair K times, alternating (default 1, 1..10)
          --caption-chars C   caption text length (default 60, 40..500)
          --connect-batch B   viewers connected concurrently (default 100, 1..2000)
          --drain S           seconds to wait for late captions (default 15, 1..600)
          --min-threads T     thread-pool minimum for worker and IO threads (default 32, 0 = runtime default)
          --stateful-reconnect on|off
                              viewers use stateful reconnect like the browser client (default off)
          --captions K        final | partial (default final; LiveFair persists finals before fan-out)
          --interleave S      with --mode both: run both servers and both swarms at once and alternate
                              publishing between them every S s (default 0: one after the other)
          --wait-idle S       before publishing, wait up to S s for the machine to be idle (default 0: don't wait)
          --idle-below P      other processes' percent of the machine that counts as idle (default 10)
          --clean-below P     a run is clean if other processes used less than P % of the machine meanwhile
                              (default 10); the p99 ratio uses clean runs when each mode has one
          --out PATH          also write the results as JSON
        """;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = OptionValues.Parse(args, new BenchmarkOptions(), static (options, name, value) => name switch
        {
            "--viewers" => options with { Viewers = OptionValues.Int(name, value, 1, 50_000) },
            "--rate" => options with { Rate = OptionValues.Double(name, value, 0.1, 1000) },
            "--duration" => options with { Duration = OptionValues.Int(name, value, 1, 3600) },
            "--warmup" => options with { Warmup = OptionValues.Int(name, value, 0, 600) },
            "--protocol" => options with
            {
                MessagePack = value.ToUpperInvariant() switch
                {
                    "MESSAGEPACK" or "MSGPACK" => true,
                    "JSON" => false,
                    _ => throw new ArgumentException("--protocol is json or messagepack."),
                },
            },
            "--mode" => options with
            {
                Mode = value.ToUpperInvariant() switch
                {
                    "BOTH" => BenchmarkMode.Both,
                    "LIVEFAIR" => BenchmarkMode.LiveFair,
                    "BASELINE" => BenchmarkMode.Baseline,
                    _ => throw new ArgumentException("--mode is both, livefair or baseline."),
                },
            },
            "--rounds" => options with { Rounds = OptionValues.Int(name, value, 1, 10) },
            "--caption-chars" => options with { CaptionChars = OptionValues.Int(name, value, 40, 500) },
            "--connect-batch" => options with { ConnectBatch = OptionValues.Int(name, value, 1, 2000) },
            "--drain" => options with { Drain = OptionValues.Int(name, value, 1, 600) },
            "--min-threads" => options with { MinThreads = OptionValues.Int(name, value, 0, 1024) },
            "--stateful-reconnect" => options with
            {
                StatefulReconnect = value.ToUpperInvariant() switch
                {
                    "ON" or "TRUE" => true,
                    "OFF" or "FALSE" => false,
                    _ => throw new ArgumentException("--stateful-reconnect is on or off."),
                },
            },
            "--captions" => options with
            {
                Final = value.ToUpperInvariant() switch
                {
                    "FINAL" => true,
                    "PARTIAL" => false,
                    _ => throw new ArgumentException("--captions is final or partial."),
                },
            },
            "--interleave" => options with { Interleave = OptionValues.Double(name, value, 0, 600) },
            "--wait-idle" => options with { WaitIdle = OptionValues.Int(name, value, 0, 3600) },
            "--idle-below" => options with { IdleBelow = OptionValues.Double(name, value, 0.1, 100) },
            "--clean-below" => options with { CleanBelow = OptionValues.Double(name, value, 0.1, 100) },
            "--out" => options with { Out = value },
            _ => throw new ArgumentException($"Unknown option {name}."),
        });

        return options;
    }
}
