using LiveFair.Contracts.Jobs;

namespace LiveFair.Web.Jobs;

/// <summary>
/// <c>{jobId:jobid}</c>: a route segment that is a well-formed job id. A malformed id matches no route, so APIs
/// answer 404 problem details and pages the 404 page, before any grain is activated for it.
/// </summary>
public sealed class JobIdRouteConstraint : IRouteConstraint
{
    public const string Name = "jobid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && JobIds.IsValid(value as string);
    }
}
