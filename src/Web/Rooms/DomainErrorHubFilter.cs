using LiveFair.Contracts.Common;
using Microsoft.AspNetCore.SignalR;

namespace LiveFair.Web.Rooms;

/// <summary>
/// SignalR hides exception messages unless they are HubExceptions; a refused command must say why, so
/// domain errors are passed on as "code: message".
/// </summary>
internal sealed class DomainErrorHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (DomainException exception)
        {
            throw new HubException($"{exception.Code}: {exception.Message}");
        }
    }
}
