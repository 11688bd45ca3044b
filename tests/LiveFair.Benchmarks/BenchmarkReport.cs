using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace LiveFair.Benchmarks;

/// <summary>What every benchmark says about the machine it ran on, and how it writes its results file.</summary>
internal static class BenchmarkReport
{
    public static double MemoryGiB => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    /// <summary>The "machine" line each benchmark prints first.</summary>
    public static string MachineLine =>
        $"  machine : {Environment.ProcessorCount} cores, {MemoryGiB.ToString("F1", CultureInfo.InvariantCulture)} GiB, {RuntimeInformation.OSDescription}";

    /// <summary>The machine as the results files record it.</summary>
    public static MachineDescription Machine() => new(
        Environment.ProcessorCount, MemoryGiB, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, GCSettings.IsServerGC);

    /// <summary>Writes <paramref name="document"/> as indented JSON, creating the folder if needed.</summary>
    public static async Task WriteAsync(string outPath, object document)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(document, JsonOptions.Indented));
        Console.WriteLine($"Results written to {outPath}");
    }
}

internal sealed record MachineDescription(int Cores, double MemoryGiB, string Os, string Runtime, bool ServerGc);

/// <summary>Command-line values, checked against their range; the message names the option.</summary>
internal static class OptionValues
{
    /// <summary>
    /// Every benchmark's options are "--name value" pairs applied one by one to <paramref name="defaults"/>;
    /// <c>-h</c>/<c>--help</c> throws <c>ArgumentException("help")</c>, which the programs answer with their usage.
    /// </summary>
    public static T Parse<T>(IReadOnlyList<string> args, T defaults, Func<T, string, string, T> apply)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(apply);
        var options = defaults;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new ArgumentException("help");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            options = apply(options, name, args[++i]);
        }

        return options;
    }

    public static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");

    public static double Double(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new ArgumentException($"{name} must be a number from {min} to {max}.");
}
