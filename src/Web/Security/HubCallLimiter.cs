using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Security;

/// <summary>
/// One token bucket per person on this node, shared by all their connections; an anonymous viewer has
/// no identity to share, so each of their connections gets its own. Idle full buckets are dropped by
/// the partitioned limiter, so the table does not grow with everyone who ever connected.
/// </summary>
internal sealed class HubCallLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HubCallerContext> _limiter;

    public HubCallLimiter(IOptions<SecurityOptions> options)
    {
        var limits = options.Value.HubRateLimit;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.TokenLimit,
            TokensPerPeriod = limits.TokensPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        };
        _limiter = PartitionedRateLimiter.Create<HubCallerContext, string>(caller =>
            RateLimitPartition.GetTokenBucketLimiter(PartitionKey(caller), _ => bucket));
    }

    /// <summary>Takes one call from the caller's allowance; the lease says whether there was one.</summary>
    public RateLimitLease TryAcquire(HubCallerContext caller) => _limiter.AttemptAcquire(caller);

    public void Dispose() => _limiter.Dispose();

    internal static string PartitionKey(HubCallerContext caller) =>
        caller.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } person
            ? "person:" + person
            : "connection:" + caller.ConnectionId;
}
