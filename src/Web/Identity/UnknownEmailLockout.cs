using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Identity;

/// <summary>
/// Counts failed sign-ins for emails that have no account, as Identity counts them for those that do, so
/// the fifth try answers "locked" either way and lockout tells nobody whether an email is registered.
/// Emails are kept only as hashes, in memory, and forgotten when their lockout ends.
/// </summary>
public sealed class UnknownEmailLockout(IOptions<IdentityOptions> identity, TimeProvider time) : IDisposable
{
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsLockedOut(string email) =>
        _failures.TryGetValue(Key(email), out Counter? counter) && counter!.LockedUntil > time.GetUtcNow();

    /// <summary>Records a failure; true when this one locks the email, as Identity's lockout would.</summary>
    public bool RecordFailure(string email)
    {
        var lockout = identity.Value.Lockout;
        var key = Key(email);
        var counter = _failures.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = lockout.DefaultLockoutTimeSpan;
            return new Counter();
        })!;
        lock (counter)
        {
            counter.Failures++;
            if (counter.Failures < lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            counter.Failures = 0;
            counter.LockedUntil = time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    private sealed class Counter
    {
        public int Failures { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
