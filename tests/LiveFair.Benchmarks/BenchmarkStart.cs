using System.Diagnostics.CodeAnalysis;
using System.Runtime;
using System.Runtime.InteropServices;

namespace LiveFair.Benchmarks;

/// <summary>What every benchmark program does first: read its options (or explain them), size the thread pool, say what runs.</summary>
internal static class BenchmarkStart
{
    /// <summary>
    /// Parses <paramref name="args"/>; on a mistake or <c>--help</c> prints the message and <paramref name="usage"/>
    /// and gives the exit code to return (0 for help, 2 for a mistake).
    /// </summary>
    public static bool TryParse<T>(IReadOnlyList<string> args, Func<IReadOnlyList<string>, T> parse, string usage, [NotNullWhen(true)] out T? options, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            options = parse(args)!;
            exitCode = 0;
            return true;
        }
        catch (ArgumentException exception)
        {
            if (exception.Message != "help")
            {
                Console.Error.WriteLine(exception.Message);
                Console.Error.WriteLine();
            }

            Console.Error.WriteLine(usage);
            options = default;
            exitCode = exception.Message == "help" ? 0 : 2;
            return false;
        }
    }

    /// <summary>Raises the thread pool's minimum (0 leaves the runtime's), so thousands of clients do not wait for it to grow.</summary>
    public static void RaiseMinThreads(int minThreads)
    {
        if (minThreads > 0)
        {
            ThreadPool.GetMinThreads(out var workers, out var io);
            ThreadPool.SetMinThreads(Math.Max(workers, minThreads), Math.Max(io, minThreads));
        }
    }

    /// <summary>The "runtime" line each benchmark prints under the machine line.</summary>
    public static string RuntimeLine()
    {
        ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
        return $"  runtime : {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, min threads {minWorkers}/{minIo}";
    }
}
