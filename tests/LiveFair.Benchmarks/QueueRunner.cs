using System.Diagnostics;
using System.Globalization;
using LiveFair.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFair.Benchmarks;

/// <summary>
/// The booth-queue scenario: one real LiveFair host, one booth, N seekers who apply and watch their place,
/// then a recruiter who calls the next person round after round.
/// </summary>
internal static class QueueRunner
{
    public static async Task<QueueRunResult> RunAsync(QueueOptions options)
    {
        var memory = new List<MemoryPoint>();
        var settings = new Dictionary<string, string?>
        {
            // Each seeker makes a handful of hub calls; the limits are raised so that nothing the benchmark does
            // is ever refused, whatever the machine's timing.
            ["Security:HubRateLimit:TokenLimit"] = "10000",
            ["Security:HubRateLimit:TokensPerSecond"] = "10000",
            ["Security:HubRateLimit:ConnectionMessageLimit"] = "20000",
            ["Security:HubRateLimit:ConnectionMessagesPerSecond"] = "10000",

            // On a busy shared machine Orleans warns about every slow turn; those lines would bury the results.
            ["Logging:LogLevel:Orleans.Runtime.Scheduler"] = "Error",
        };
        await using var host = await LiveFairTestHost.StartAsync(
            settings,
            demo: false,
            services: services =>
            {
                if (options.HashIterations > 0)
                {
                    // Only the benchmark's accounts: creating and signing in 5,000 people at ASP.NET Core's
                    // 100,000 PBKDF2 iterations would take minutes of CPU and measure nothing about queues.
                    services.Configure<PasswordHasherOptions>(o => o.IterationCount = options.HashIterations);
                }
            });
        var fair = await QueueFair.CreateAsync(host, options.Seekers);
        var hubUrl = new Uri(host.BaseAddress, LiveFairTestHost.RoomHubPath);
        Console.WriteLine($"  fair {fair.RoomId}, booth {fair.Booth.GetPrimaryKeyString()}, hub {hubUrl}");
        memory.Add(MemoryPoint.Now("host started, fair set up"));

        await using var swarm = new SeekerSwarm(options.Seekers, options.Rounds);
        var watch = Stopwatch.StartNew();
        await swarm.CreateAccountsAsync(host, options.SetupConcurrency);
        var accountsSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"    {options.Seekers} accounts created ({accountsSeconds:F1} s)");
        watch.Restart();
        await swarm.SignInAllAsync(host, options.SetupConcurrency);
        var signInSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"    {options.Seekers} seekers signed in ({signInSeconds:F1} s)");
        watch.Restart();
        await swarm.ConnectAllAsync(hubUrl, options.ConnectBatch, TimeSpan.FromMinutes(15));
        var connectSeconds = watch.Elapsed.TotalSeconds;

        // The recruiter's console follows the booth too, as it would in the fair: it hears every join.
        var recruiterConnection = SeekerSwarm.Build(hubUrl, await host.SignInAsync(fair.Recruiter));
        long consoleUpdates = 0;
        recruiterConnection.On<object>(Web.Booths.BoothFanout.QueueMethod, _ => Interlocked.Increment(ref consoleUpdates));
        await recruiterConnection.StartAsync();
        await recruiterConnection.InvokeAsync("WatchBoothConsole", fair.RoomId, fair.EmployerId);
        memory.Add(MemoryPoint.Now("seekers connected"));

        try
        {
            await SettleAsync(options);
            var joinWindow = new MeasuredWindow();
            joinWindow.Begin();
            watch.Restart();
            await swarm.JoinAllAsync(fair, options.JoinConcurrency);
            var joinSeconds = watch.Elapsed.TotalSeconds;
            joinWindow.End();
            memory.Add(MemoryPoint.Now("everyone in the queue"));
            var positions = Enumerable.Range(0, swarm.Count).Select(swarm.Position).Order().ToArray();
            if (!positions.SequenceEqual(Enumerable.Range(1, swarm.Count)))
            {
                throw new InvalidOperationException("The seekers' places are not 1..N.");
            }

            await SettleAsync(options);
            var rounds = new List<QueueRoundResult>();
            var all = new List<long>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var result = await CallRoundAsync(fair, swarm, round, options, all);
                rounds.Add(result);
                Console.WriteLine(
                    $"  round {round}: {result.Delivered}/{result.Expected} new places, first {result.FirstMs:F1} ms, p50 {result.LatencyMs.P50:F1} ms, p99 {result.LatencyMs.P99:F1} ms, "
                    + $"max {result.LatencyMs.Max:F1} ms (call {result.CallMs:F1} ms), CPU {result.Load.CpuPercent:F0} %, others {result.Load.OthersPercent:F0} %");
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }

            memory.Add(MemoryPoint.Now("after the rounds"));
            Console.WriteLine($"  recruiter console got {Interlocked.Read(ref consoleUpdates).ToString(CultureInfo.InvariantCulture)} queue updates");
            var allTicks = all.ToArray();
            return new QueueRunResult
            {
                Seekers = options.Seekers,
                HashIterations = options.HashIterations,
                AccountsSeconds = accountsSeconds,
                SignInSeconds = signInSeconds,
                ConnectSeconds = connectSeconds,
                JoinConcurrency = options.JoinConcurrency,
                JoinSeconds = joinSeconds,
                JoinMs = LatencySummary.FromTicks(swarm.JoinTicks, swarm.Count),
                ApplyMs = LatencySummary.FromTicks(swarm.ApplyTicks, swarm.Count),
                WatchMs = LatencySummary.FromTicks(swarm.WatchTicks, swarm.Count),
                JoinLoad = PhaseLoad.From(joinWindow, options.CleanBelow),
                Rounds = rounds,
                AllRoundsMs = LatencySummary.FromTicks(allTicks, allTicks.Length),
                Duplicates = swarm.Duplicates,
                Unexpected = swarm.Unexpected,
                UnexpectedExamples = swarm.UnexpectedExamples,
                StillCalled = swarm.StillCalled,
                Disconnects = swarm.Closed,
                Memory = memory,
            };
        }
        finally
        {
            await SeekerSwarm.StopQuietlyAsync(recruiterConnection);
        }
    }

    private static async Task<QueueRoundResult> CallRoundAsync(QueueFair fair, SeekerSwarm swarm, int round, QueueOptions options, List<long> all)
    {
        var expected = swarm.ExpectedIn(round);
        swarm.BeginRound(round);
        var window = new MeasuredWindow();
        window.Begin();
        var start = Stopwatch.GetTimestamp();
        await fair.Booth.CallNext(fair.Recruiter.Id);
        var callTicks = Stopwatch.GetTimestamp() - start;
        var deadline = start + ((long)options.Drain * Stopwatch.Frequency);
        while ((swarm.Delivered(round) < expected || swarm.CalledAt(round) == 0) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(5);
        }

        window.End();
        var latencies = new long[expected];
        var count = 0;
        for (var seeker = 0; seeker < swarm.Count; seeker++)
        {
            if (swarm.Position(seeker) > round && swarm.ReceivedAt(round, seeker) is var at and > 0)
            {
                latencies[count++] = at - start;
            }
        }

        all.AddRange(latencies.Take(count));
        var summary = LatencySummary.FromTicks(latencies, count);
        var calledAt = swarm.CalledAt(round);
        return new QueueRoundResult
        {
            Round = round,
            Expected = expected,
            Delivered = count,
            CallMs = callTicks * 1000.0 / Stopwatch.Frequency,
            CalledSeenMs = calledAt == 0 ? double.NaN : (calledAt - start) * 1000.0 / Stopwatch.Frequency,
            LatencyMs = summary,
            FirstMs = count == 0 ? double.NaN : latencies[0] * 1000.0 / Stopwatch.Frequency,
            Load = PhaseLoad.From(window, options.CleanBelow),
        };
    }

    private static async Task SettleAsync(QueueOptions options)
    {
        // Let the previous phase's work (JIT, GC, the last sends) settle first, as the caption benchmark does.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        await Task.Delay(TimeSpan.FromSeconds(2));
        if (options.WaitIdle > 0)
        {
            await MachineSample.WaitForIdleAsync(TimeSpan.FromSeconds(options.WaitIdle), options.IdleBelow);
        }
    }
}
