using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Fairs;

public static partial class ApplicationIds
{
    public static string New() => "app-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^app-[a-z0-9]{4,40}$")]
    private static partial Regex Pattern();
}
