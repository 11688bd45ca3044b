using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LiveFair.Silo.Organisations;

/// <summary>Invitation secrets: 32 random bytes, URL-safe. Only a SHA-256 hash is stored.</summary>
internal static class InvitationTokens
{
    private const int MaxTokenLength = 200;

    public static string Create() => "lfo_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? storedHash, string? token)
    {
        if (storedHash is null || string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));
    }
}
