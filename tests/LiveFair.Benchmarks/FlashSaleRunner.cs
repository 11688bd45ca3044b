using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFair.Benchmarks;

/// <summary>
/// The flash-sale scenario: one real LiveFair host (embedded silo, SQLite, Kestrel on loopback), one workshop, a live
/// charity sale with the product pinned, N signed-in buyers. Each buyer presses "buy" again and again (one item, pay
/// on delivery) until their share of the attempts is answered; all buyers press at the same time.
/// </summary>
internal static class FlashSaleRunner
{
    public static async Task<FlashSaleRunResult> RunAsync(FlashSaleOptions options)
    {
        var memory = new List<MemoryPoint>();
        var settings = new Dictionary<string, string?>
        {
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
                    // Only the benchmark's accounts: thousands of sign-ins at 100,000 PBKDF2 iterations measure nothing about sales.
                    services.Configure<PasswordHasherOptions>(o => o.IterationCount = options.HashIterations);
                }
            });
        var sale = await FlashSaleSetup.CreateAsync(host, options);
        Console.WriteLine($"  workshop {sale.WorkshopId}, room {sale.RoomId}, product {sale.Product.GetPrimaryKeyString()} (pinned), baseline {sale.Baseline.GetPrimaryKeyString()}");
        memory.Add(MemoryPoint.Now("host started, sale set up"));

        var watch = Stopwatch.StartNew();
        var buyers = new TestPerson[options.Buyers];
        await ForEachAsync(options.Buyers, options.SetupConcurrency, async i => buyers[i] = await host.CreatePersonAsync($"买家 Buyer {i + 1}"));
        var accountsSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"    {options.Buyers} accounts created ({accountsSeconds:F1} s)");
        watch.Restart();
        var clients = new HttpClient[options.Buyers];
        await ForEachAsync(options.Buyers, options.SetupConcurrency, async i =>
        {
            clients[i] = host.CreateClient(await host.SignInAsync(buyers[i]));
            clients[i].Timeout = TimeSpan.FromMinutes(5);
        });
        var signInSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"    {options.Buyers} buyers signed in ({signInSeconds:F1} s)");
        memory.Add(MemoryPoint.Now("buyers signed in"));

        try
        {
            var baseline = await RunPhaseAsync("grain (baseline)", sale.Baseline, options, (buyer, _) => ReserveAndConfirmAsync(sale.Baseline, buyers[buyer].Id));
            Print(baseline);
            memory.Add(MemoryPoint.Now("baseline done"));
            var productId = sale.Product.GetPrimaryKeyString();
            var api = await RunPhaseAsync("HTTP API", sale.Product, options, (buyer, attempt) => OrderAsync(clients[buyer], productId, sale.RoomId, buyer, attempt));
            Print(api);
            memory.Add(MemoryPoint.Now("API phase done"));

            // The ticker hears of each confirmed order after it is answered; wait until the room has counted them all.
            var room = host.Grains.GetGrain<IRoomGrain>(sale.RoomId);
            var totals = (await room.GetSnapshot()).SaleTotals;
            for (var waited = Stopwatch.StartNew(); totals.ItemsSold < api.FinalStock.Sold && waited.Elapsed < TimeSpan.FromSeconds(60);)
            {
                await Task.Delay(100);
                totals = (await room.GetSnapshot()).SaleTotals;
            }

            return new FlashSaleRunResult
            {
                AccountsSeconds = accountsSeconds,
                SignInSeconds = signInSeconds,
                Baseline = baseline,
                Api = api,
                RoomTotals = totals,
                Memory = memory,
            };
        }
        finally
        {
            foreach (var client in clients)
            {
                client?.Dispose();
            }
        }
    }

    /// <summary>An attempt's answer: null when an order was placed, else the refusal code (or "error: …").</summary>
    private delegate Task<string?> Attempt(int buyer, int attempt);

    private static async Task<FlashSalePhaseResult> RunPhaseAsync(string phase, IProductGrain product, FlashSaleOptions options, Attempt attempt)
    {
        var refused = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var errors = new ConcurrentQueue<string>();
        var latencies = new long[options.Attempts];
        var next = -1;
        var accepted = 0;
        using var sampler = new StockSampler(product, options.Stock, TimeSpan.FromMilliseconds(options.SampleEvery));
        var window = new MeasuredWindow();

        // Every buyer is ready and waiting before the sale opens, as they are when the host says "3, 2, 1".
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var buyers = Enumerable.Range(0, options.Buyers).Select(async buyer =>
        {
            await start.Task;
            for (var round = 0; ; round++)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= options.Attempts)
                {
                    return;
                }

                var began = Stopwatch.GetTimestamp();
                var outcome = await attempt(buyer, round);
                latencies[index] = Stopwatch.GetTimestamp() - began;
                if (outcome is null)
                {
                    Interlocked.Increment(ref accepted);
                }
                else if (outcome.StartsWith("error:", StringComparison.Ordinal))
                {
                    errors.Enqueue(outcome);
                }
                else
                {
                    refused.AddOrUpdate(outcome, 1, (_, count) => count + 1);
                }
            }
        }).ToList();

        sampler.Start();
        window.Begin();
        var clock = Stopwatch.StartNew();
        start.SetResult();
        await Task.WhenAll(buyers);
        var seconds = clock.Elapsed.TotalSeconds;
        window.End();
        await sampler.StopAsync();

        return new FlashSalePhaseResult
        {
            Phase = phase,
            Attempts = options.Attempts,
            Accepted = accepted,
            Refused = refused.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Value),
            Errors = errors.Count,
            ErrorExamples = [.. errors.Take(5)],
            Seconds = seconds,
            LatencyMs = LatencySummary.FromTicks(latencies, options.Attempts),
            Samples = sampler.Samples,
            BrokenSamples = sampler.Broken,
            FirstBrokenSample = sampler.FirstBroken,
            FinalStock = await product.GetStock(),
            Load = PhaseLoad.From(window, options.CleanBelow),
        };
    }

    /// <summary>What the order grain does for pay on delivery, without HTTP, the order grain or the ledger.</summary>
    private static async Task<string?> ReserveAndConfirmAsync(IProductGrain product, string buyerId)
    {
        var orderId = OrderIds.New();
        try
        {
            await product.Reserve(buyerId, 1, orderId);
            await product.Confirm(orderId);
            return null;
        }
        catch (DomainException exception)
        {
            return exception.Code;
        }
    }

    private static async Task<string?> OrderAsync(HttpClient client, string productId, string roomId, int buyer, int attempt)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/orders", new
            {
                orderId = OrderIds.New(),
                productId,
                quantity = 1,
                roomId,
                shipping = new
                {
                    recipientName = $"买家{buyer}",
                    phone = "13800138000",
                    province = "四川省",
                    city = "成都",
                    addressLine = $"锦江区东大街 {buyer} 号",
                    postalCode = "610000",
                },
            });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync();
            return (int)response.StatusCode is 409 or 422 or 400 && ProblemCode(body) is { } code
                ? code
                : $"error: {(int)response.StatusCode} on attempt {attempt}: {body[..Math.Min(body.Length, 300)]}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return $"error: {exception.GetType().Name}: {exception.Message}";
        }
    }

    private static string? ProblemCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            // Refused commands answer problem details whose type is the stable code (see DomainExceptionHandler).
            return document.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Print(FlashSalePhaseResult r) =>
        Console.WriteLine(
            $"    {r.Phase}: {r.Attempts} attempts in {r.Seconds:F1} s = {r.DecisionsPerSecond:F0} decisions/s; p50 {r.LatencyMs.P50:F1} ms, p99 {r.LatencyMs.P99:F1} ms; "
            + $"accepted {r.Accepted}, refused {string.Join(", ", r.Refused.Select(x => $"{x.Key} {x.Value}"))}, errors {r.Errors}; "
            + $"final {r.FinalStock.Sold} sold / {r.FinalStock.Reserved} reserved / {r.FinalStock.Available} available; {r.Samples} samples, {r.BrokenSamples} broken");

    private static async Task ForEachAsync(int count, int concurrency, Func<int, Task> action)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                await action(i);
            }
        }));
    }
}
