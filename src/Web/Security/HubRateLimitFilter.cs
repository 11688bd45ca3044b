using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Security;

/// <summary>
/// Refuses hub calls beyond a person's allowance before the hub method runs, so a refused call changes
/// nothing, and disconnects a connection that keeps calling after being refused. Registered before every
/// other hub filter, so it is the outermost and no other filter's work is spent on a refused call.
/// </summary>
internal sealed partial class HubRateLimitFilter(
    HubCallLimiter limiter,
    IOptions<SecurityOptions> options,
    TimeProvider time,
    ILogger<HubRateLimitFilter> logger) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var caller = invocationContext.Context;
        using (var lease = limiter.TryAcquire(caller))
        {
            if (!lease.IsAcquired)
            {
                Refuse(caller);
            }
        }

        return next(invocationContext);
    }

    private void Refuse(HubCallerContext caller)
    {
        var limits = options.Value.HubRateLimit;

        // Calls of one connection run one at a time unless MaximumParallelInvocationsPerClient is raised;
        // even then two first refusals racing here only lose one count.
        if (!caller.Items.TryGetValue(typeof(HubCallRefusals), out var stored) || stored is not HubCallRefusals refusals)
        {
            refusals = new HubCallRefusals(time);
            caller.Items[typeof(HubCallRefusals)] = refusals;
        }

        if (refusals.Add(limits.RejectionWindow) >= limits.RejectionsBeforeDisconnect)
        {
            LogDisconnected(caller.ConnectionId, limits.RejectionsBeforeDisconnect);
            caller.Abort();
        }

        throw new HubException($"{SecurityErrors.RateLimited}: Too many actions in a short time; wait a moment and try again.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Disconnected hub connection {ConnectionId}: it kept calling after {Refusals} refused calls")]
    private partial void LogDisconnected(string connectionId, int refusals);
}
