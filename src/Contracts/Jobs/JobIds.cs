using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Jobs;

public static partial class JobIds
{
    /// <summary>A new random id; demo jobs use readable ids that match the same pattern.</summary>
    public static string New() => "job-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^job-[a-z0-9-]{2,60}$")]
    private static partial Regex Pattern();
}
