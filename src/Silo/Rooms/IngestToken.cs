using System.Security.Cryptography;
using System.Text;

namespace LiveFair.Silo.Rooms;

/// <summary>Per-room secrets for caption ingest. Only a SHA-256 hash is stored.</summary>
internal static class IngestToken
{
    public static string Create() => "lfi_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? storedHash, string? token)
    {
        if (storedHash is null || string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
