using LiveFair.Contracts.Sales;

namespace LiveFair.Web.Products;

/// <summary>
/// <c>{productId:productid}</c>: a route segment that is a well-formed product id. A malformed id matches no route, so
/// APIs answer 404 and pages the 404 page, before any grain is activated for it.
/// </summary>
public sealed class ProductIdRouteConstraint : IRouteConstraint
{
    public const string Name = "productid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && ProductIds.IsValid(value as string);
    }
}
