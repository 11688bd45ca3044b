using LiveFair.Contracts.Orders;

namespace LiveFair.Web.Orders;

/// <summary>
/// <c>{orderId:orderid}</c>: a route segment that is a well-formed order id. A malformed id matches no route, so
/// APIs answer 404 and pages the 404 page, before any grain is activated for it.
/// </summary>
public sealed class OrderIdRouteConstraint : IRouteConstraint
{
    public const string Name = "orderid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && OrderIds.IsValid(value as string);
    }
}
