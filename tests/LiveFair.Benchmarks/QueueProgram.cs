using System.Globalization;

namespace LiveFair.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/LiveFair.Benchmarks -- queue [options]</c>. Exit code 0 whenever
/// the measurement completed; the goal (every place delivered, p99 under 500 ms each round) is reported.
/// </summary>
internal static class QueueProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (!BenchmarkStart.TryParse(args, QueueOptions.Parse, QueueOptions.Usage, out var options, out var exitCode))
        {
            return exitCode;
        }

        BenchmarkStart.RaiseMinThreads(options.MinThreads);
        Console.WriteLine("LiveFair booth-queue benchmark");
        Console.WriteLine(BenchmarkReport.MachineLine);
        Console.WriteLine(BenchmarkStart.RuntimeLine());
        Console.WriteLine($"  settings: {options.Seekers} seekers (JSON, WebSockets, each signed in), {options.Rounds} call(s), {options.JoinConcurrency} joining at once, PBKDF2 {(options.HashIterations > 0 ? options.HashIterations.ToString(CultureInfo.InvariantCulture) : "default")} iterations");
        Console.WriteLine("  note    : clients and server share this process and its cores; CPU % is of the whole machine; others % is other processes' CPU");

        var result = await QueueRunner.RunAsync(options);

        Console.WriteLine();
        Console.WriteLine($"Setup: accounts {result.AccountsSeconds:F1} s, sign-in {result.SignInSeconds:F1} s, connect {result.ConnectSeconds:F1} s");
        Console.WriteLine(
            $"Join: {result.Seekers} in {result.JoinSeconds:F1} s = {result.JoinsPerSecond:F0} joins/s; join (apply + WatchBooth) p50 {result.JoinMs.P50:F1} ms, p99 {result.JoinMs.P99:F1} ms, max {result.JoinMs.Max:F1} ms; "
            + $"apply p50/p99 {result.ApplyMs.P50:F1}/{result.ApplyMs.P99:F1} ms; WatchBooth p50/p99 {result.WatchMs.P50:F1}/{result.WatchMs.P99:F1} ms; "
            + $"CPU {result.JoinLoad.CpuPercent:F0} %, others {result.JoinLoad.OthersPercent:F0} %; GC {result.JoinLoad.Gen0}/{result.JoinLoad.Gen1}/{result.JoinLoad.Gen2}, {result.JoinLoad.AllocatedMegabytes:F0} MB allocated");
        Console.WriteLine();
        Console.WriteLine("| round | delivered/expected | lost | first ms | p50 ms | p90 ms | p99 ms | max ms | call ms | called seen ms | CPU % | others % | GC 0/1/2 | MB alloc | clean |");
        Console.WriteLine("|------:|-------------------:|-----:|---------:|-------:|-------:|-------:|-------:|--------:|---------------:|------:|---------:|----------|---------:|-------|");
        foreach (var r in result.Rounds)
        {
            Console.WriteLine(
                $"| {r.Round,5} | {r.Delivered,8}/{r.Expected,-9} | {r.Lost,4} | {r.FirstMs,8:F1} | {r.LatencyMs.P50,6:F1} | {r.LatencyMs.P90,6:F1} | {r.LatencyMs.P99,6:F1} | {r.LatencyMs.Max,6:F1} | {r.CallMs,7:F1} | {r.CalledSeenMs,14:F1} | {r.Load.CpuPercent,5:F1} | {r.Load.OthersPercent,8:F1} | {r.Load.Gen0}/{r.Load.Gen1}/{r.Load.Gen2,-4} | {r.Load.AllocatedMegabytes,8:F0} | {(r.Load.Clean ? "yes" : "no"),-5} |");
        }

        Console.WriteLine();
        Console.WriteLine($"All rounds: {result.Delivered}/{result.Expected} places delivered, duplicates {result.Duplicates}, unexpected {result.Unexpected}, still-called repeats {result.StillCalled}, disconnects {result.Disconnects}; p50 {result.AllRoundsMs.P50:F1} ms, p99 {result.AllRoundsMs.P99:F1} ms, max {result.AllRoundsMs.Max:F1} ms");
        foreach (var example in result.UnexpectedExamples)
        {
            Console.WriteLine("  unexpected: " + example);
        }

        Console.WriteLine("Memory: " + string.Join("; ", result.Memory.Select(m => $"{m.At}: working set {m.WorkingSetMegabytes:F0} MB, GC heap {m.GcHeapMegabytes:F0} MB")));
        Console.WriteLine(result.GoalMet ? "GOAL MET (every place delivered, p99 < 500 ms in every round)" : "GOAL MISSED (goal: every place delivered, p99 < 500 ms in every round)");

        if (options.Out is { } outPath)
        {
            var document = new
            {
                Date = DateTimeOffset.UtcNow,
                Machine = BenchmarkReport.Machine(),
                Command = "dotnet run -c Release --project tests/LiveFair.Benchmarks -- queue " + string.Join(' ', args),
                Options = options,
                Result = result,
            };
            await BenchmarkReport.WriteAsync(outPath, document);
        }

        return 0;
    }
}
