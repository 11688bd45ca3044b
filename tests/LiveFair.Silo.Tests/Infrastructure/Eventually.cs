using System.Diagnostics;
using Xunit.Sdk;

namespace LiveFair.Silo.Tests.Infrastructure;

/// <summary>Polls until a condition holds or a deadline passes; never a fixed sleep.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> isDone, string waitingFor, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (isDone(value))
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                throw new XunitException($"Timed out after {limit.TotalSeconds:0.#} s waiting for {waitingFor}. Last value: {Describe(value)}");
            }

            await Task.Delay(20);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>()) + "]",
        _ => value?.ToString() ?? "null",
    };
}
