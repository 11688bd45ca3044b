using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>
/// <c>{id:orgid}</c>: a route segment that is a well-formed organisation id. A malformed id matches no route,
/// so APIs answer 404 problem details and pages the 404 page, before any grain is activated for it.
/// </summary>
public sealed class OrganisationIdRouteConstraint : IRouteConstraint
{
    public const string Name = "orgid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && OrganisationIds.IsValid(value as string);
    }
}
