using System.Security.Cryptography;

namespace LiveFair.Web.Fairs;

/// <summary>Fairs are rooms; a created fair's room id is "fair-" and 10 random hex characters.</summary>
public static class FairIds
{
    public static string New() => "fair-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
