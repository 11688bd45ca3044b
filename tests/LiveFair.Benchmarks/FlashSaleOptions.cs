namespace LiveFair.Benchmarks;

/// <summary>Settings of the flash-sale scenario (<c>-- flash …</c>), bounded like the other benchmarks' options.</summary>
internal sealed record FlashSaleOptions
{
    public int Buyers { get; init; } = 2000;
    public int Attempts { get; init; } = 20_000;
    public int Stock { get; init; } = 500;

    /// <summary>Items one buyer may hold, as a real flash sale sets it; 0 = no limit.</summary>
    public int PerBuyerLimit { get; init; } = 1;

    public int SetupConcurrency { get; init; } = 16;
    public int HashIterations { get; init; } = 1000;

    /// <summary>Milliseconds between stock samples during each phase.</summary>
    public int SampleEvery { get; init; } = 10;

    public int MinThreads { get; init; } = 64;
    public double CleanBelow { get; init; } = 10;
    public string? Out { get; init; }

    public const string Usage =
        """
        LiveFair flash-sale benchmark (loopback only): N signed-in buyers press "buy" on one pinned product at once,
        through the HTTP API (POST /api/orders, pay on delivery), until every attempt is answered. First the same
        attempts go straight to a product grain (the baseline: no HTTP, no order grain), then through the API.
        Stock is sampled all along: reserved + sold + available must equal the stock at every sample.

          flash                  selects this scenario (first argument)
          --buyers N             buyers, each with an account and a cookie, all pressing at once (default 2000, 1..10000)
          --attempts A           purchase attempts in all, spread evenly over the buyers (default 20000, 1..200000)
          --stock S              items in stock (default 500, 1..100000)
          --limit L              per-buyer limit (default 1; 0 = none)
          --setup-concurrency C  accounts created and sign-ins at once (default 16, 1..256)
          --hash-iterations I    PBKDF2 iterations for the accounts (default 1000; 0 = ASP.NET Core's 100,000)
          --sample-every MS      milliseconds between stock samples (default 10, 1..1000)
          --min-threads T        thread-pool minimum for worker and IO threads (default 64, 0 = runtime default)
          --clean-below P        a phase is clean if other processes used less than P % meanwhile (default 10)
          --out PATH             also write the results as JSON
        """;

    public static FlashSaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = OptionValues.Parse(args, new FlashSaleOptions(), static (options, name, value) => name switch
        {
            "--buyers" => options with { Buyers = OptionValues.Int(name, value, 1, 10_000) },
            "--attempts" => options with { Attempts = OptionValues.Int(name, value, 1, 200_000) },
            "--stock" => options with { Stock = OptionValues.Int(name, value, 1, 100_000) },
            "--limit" => options with { PerBuyerLimit = OptionValues.Int(name, value, 0, 99) },
            "--setup-concurrency" => options with { SetupConcurrency = OptionValues.Int(name, value, 1, 256) },
            "--hash-iterations" => options with { HashIterations = OptionValues.Int(name, value, 0, 1_000_000) },
            "--sample-every" => options with { SampleEvery = OptionValues.Int(name, value, 1, 1000) },
            "--min-threads" => options with { MinThreads = OptionValues.Int(name, value, 0, 1024) },
            "--clean-below" => options with { CleanBelow = OptionValues.Double(name, value, 0.1, 100) },
            "--out" => options with { Out = value },
            _ => throw new ArgumentException($"Unknown option {name}."),
        });

        return options.Attempts < options.Buyers
            ? throw new ArgumentException("--attempts must be at least --buyers, so every buyer presses at least once.")
            : options;
    }
}
