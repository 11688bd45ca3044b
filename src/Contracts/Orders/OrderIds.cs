using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Orders;

public static partial class OrderIds
{
    /// <summary>A new random id. Clients may mint one early (the checkout form carries it) so a retried submit places one order.</summary>
    public static string New() => "ord-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^ord-[a-z0-9-]{2,60}$")]
    private static partial Regex Pattern();
}
