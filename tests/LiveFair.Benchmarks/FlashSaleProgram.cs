using System.Globalization;

namespace LiveFair.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/LiveFair.Benchmarks -- flash [options]</c>. Exit code 0 whenever the
/// measurement completed; the goal (exactly the stock sold, the stock adding up at every sample, no errors) is reported.
/// </summary>
internal static class FlashSaleProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (!BenchmarkStart.TryParse(args, FlashSaleOptions.Parse, FlashSaleOptions.Usage, out var options, out var exitCode))
        {
            return exitCode;
        }

        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchmarkStart.RaiseMinThreads(options.MinThreads);
        Console.WriteLine("LiveFair flash-sale benchmark");
        Console.WriteLine(BenchmarkReport.MachineLine);
        Console.WriteLine(BenchmarkStart.RuntimeLine());
        Console.WriteLine($"  settings: {options.Buyers} buyers, {options.Attempts} attempts, {options.Stock} in stock, per-buyer limit {(options.PerBuyerLimit > 0 ? options.PerBuyerLimit.ToString(CultureInfo.InvariantCulture) : "none")}, pay on delivery, sample every {options.SampleEvery} ms");
        Console.WriteLine("  note    : clients and server share this process and its cores; CPU % is of the whole machine; others % is other processes' CPU");

        var result = await FlashSaleRunner.RunAsync(options);

        Console.WriteLine();
        Console.WriteLine($"Setup: accounts {result.AccountsSeconds:F1} s, sign-in {result.SignInSeconds:F1} s");
        Console.WriteLine("| phase | attempts | seconds | decisions/s | p50 ms | p90 ms | p99 ms | max ms | accepted | sold | reserved | samples | broken | errors | CPU % | others % | clean |");
        Console.WriteLine("|-------|---------:|--------:|------------:|-------:|-------:|-------:|-------:|---------:|-----:|---------:|--------:|-------:|-------:|------:|---------:|-------|");
        foreach (var r in new[] { result.Baseline, result.OrderGrains, result.Api })
        {
            Console.WriteLine(
                $"| {r.Phase} | {r.Attempts} | {r.Seconds:F1} | {r.DecisionsPerSecond:F0} | {r.LatencyMs.P50:F1} | {r.LatencyMs.P90:F1} | {r.LatencyMs.P99:F1} | {r.LatencyMs.Max:F1} | {r.Accepted} | {r.FinalStock.Sold} | {r.FinalStock.Reserved} | {r.Samples} | {r.BrokenSamples} | {r.Errors} | {r.Load.CpuPercent:F0} | {r.Load.OthersPercent:F0} | {(r.Load.Clean ? "yes" : "no")} |");
            Console.WriteLine("  refused: " + string.Join(", ", r.Refused.Select(x => $"{x.Key} {x.Value}")));
            foreach (var example in r.ErrorExamples)
            {
                Console.WriteLine("  error: " + example);
            }
        }

        Console.WriteLine($"Room ticker totals: {result.RoomTotals.Orders} orders, {result.RoomTotals.ItemsSold} items, {result.RoomTotals.RaisedForCharityFen / 100.0:F2} yuan for charity, {result.RoomTotals.EarnedByMakersFen / 100.0:F2} yuan to makers");
        Console.WriteLine("Memory: " + string.Join("; ", result.Memory.Select(m => $"{m.At}: working set {m.WorkingSetMegabytes:F0} MB, GC heap {m.GcHeapMegabytes:F0} MB")));
        var met = result.ExactlySold(options.Stock) && result.InvariantHeld && result.Errors == 0;
        Console.WriteLine(met
            ? $"GOAL MET (exactly {options.Stock} sold in every phase and counted by the ticker, stock added up at every sample, no errors)"
            : $"GOAL MISSED (goal: exactly {options.Stock} sold in every phase and counted by the ticker, stock adding up at every sample, no errors)");

        if (options.Out is { } outPath)
        {
            await BenchmarkReport.WriteAsync(outPath, new
            {
                Date = DateTimeOffset.UtcNow,
                Machine = BenchmarkReport.Machine(),
                Command = "dotnet run -c Release --project tests/LiveFair.Benchmarks -- flash " + string.Join(' ', args),
                Options = options,
                Result = result,
            });
        }

        return 0;
    }
}
