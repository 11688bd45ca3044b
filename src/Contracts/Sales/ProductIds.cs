using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Sales;

public static partial class ProductIds
{
    /// <summary>A new random id; demo products use readable ids that match the same pattern.</summary>
    public static string New() => "prod-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^prod-[a-z0-9-]{2,60}$")]
    private static partial Regex Pattern();
}
