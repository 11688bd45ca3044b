using System.Globalization;

namespace LiveFair.Benchmarks;

/// <summary>Settings of the booth-queue scenario (<c>-- queue …</c>). Every value is bounded like the caption benchmark's.</summary>
internal sealed record QueueOptions
{
    public int Seekers { get; init; } = 5000;

    /// <summary>Times the recruiter calls the next person; each round waits for every new place to arrive.</summary>
    public int Rounds { get; init; } = 5;

    /// <summary>Seekers applying and watching at the same time.</summary>
    public int JoinConcurrency { get; init; } = 50;

    /// <summary>Accounts created, and people signed in, at the same time.</summary>
    public int SetupConcurrency { get; init; } = 16;

    /// <summary>Connections opened at the same time.</summary>
    public int ConnectBatch { get; init; } = 100;

    /// <summary>PBKDF2 iterations for the benchmark's accounts (0 = ASP.NET Core's default, 100,000).</summary>
    public int HashIterations { get; init; } = 1000;

    /// <summary>Seconds to wait for one round's places before counting the rest as lost.</summary>
    public int Drain { get; init; } = 30;

    public int MinThreads { get; init; } = 32;

    public int WaitIdle { get; init; }

    public double IdleBelow { get; init; } = 10;

    public double CleanBelow { get; init; } = 10;

    public string? Out { get; init; }

    public const string Usage =
        """
        LiveFair booth-queue benchmark (loopback only): N signed-in seekers apply to one booth and follow their
        place over SignalR (JSON, WebSockets); then a recruiter calls the next person several times and each
        round measures how long until every seeker still waiting has their new place.

          queue                  selects this scenario (first argument)
          --seekers N            seekers, each with an account, a cookie and a connection (default 5000, 1..9000)
          --rounds K             times the recruiter calls next (default 5, 1..50, fewer than seekers)
          --join-concurrency C   seekers applying and watching at once (default 50, 1..1000)
          --setup-concurrency C  accounts created and sign-ins at once (default 16, 1..256)
          --connect-batch B      connections opened at once (default 100, 1..2000)
          --hash-iterations I    PBKDF2 iterations for the accounts (default 1000; 0 = ASP.NET Core's 100,000)
          --drain S              seconds to wait for one round's places (default 30, 1..600)
          --min-threads T        thread-pool minimum for worker and IO threads (default 32, 0 = runtime default)
          --wait-idle S          before the join phase and before calling, wait up to S s for the machine to be idle
          --idle-below P         other processes' percent of the machine that counts as idle (default 10)
          --clean-below P        a phase is clean if other processes used less than P % meanwhile (default 10)
          --out PATH             also write the results as JSON
        """;

    public static QueueOptions Parse(IReadOnlyList<string> args)
    {
        var options = OptionValues.Parse(args, new QueueOptions(), static (options, name, value) => name switch
        {
            "--seekers" => options with { Seekers = OptionValues.Int(name, value, 1, 9000) },
            "--rounds" => options with { Rounds = OptionValues.Int(name, value, 1, 50) },
            "--join-concurrency" => options with { JoinConcurrency = OptionValues.Int(name, value, 1, 1000) },
            "--setup-concurrency" => options with { SetupConcurrency = OptionValues.Int(name, value, 1, 256) },
            "--connect-batch" => options with { ConnectBatch = OptionValues.Int(name, value, 1, 2000) },
            "--hash-iterations" => options with { HashIterations = OptionValues.Int(name, value, 0, 1_000_000) },
            "--drain" => options with { Drain = OptionValues.Int(name, value, 1, 600) },
            "--min-threads" => options with { MinThreads = OptionValues.Int(name, value, 0, 1024) },
            "--wait-idle" => options with { WaitIdle = OptionValues.Int(name, value, 0, 3600) },
            "--idle-below" => options with { IdleBelow = OptionValues.Double(name, value, 0.1, 100) },
            "--clean-below" => options with { CleanBelow = OptionValues.Double(name, value, 0.1, 100) },
            "--out" => options with { Out = value },
            _ => throw new ArgumentException($"Unknown option {name}."),
        });

        return options.Rounds >= options.Seekers
            ? throw new ArgumentException("--rounds must be smaller than --seekers, so someone is still waiting after the last call.")
            : options;
    }
}
