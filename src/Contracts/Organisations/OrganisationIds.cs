using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LiveFair.Contracts.Organisations;

public static partial class OrganisationIds
{
    /// <summary>A new random id; demo organisations use readable ids that match the same pattern.</summary>
    public static string New() => "org-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex Pattern();
}
