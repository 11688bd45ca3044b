using LiveFair.Contracts.Rooms;

namespace LiveFair.Web.Fairs;

/// <summary>
/// <c>{roomId:fairroom}</c>: a well-formed room id. A malformed one matches no route, so it is a 404 problem
/// before any grain is activated for it.
/// </summary>
public sealed class FairRoomIdRouteConstraint : IRouteConstraint
{
    public const string Name = "fairroom";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && RoomIds.IsValid(value as string);
    }
}
