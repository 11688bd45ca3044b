using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Booths;

/// <summary>
/// Checks the ids in a booth route before any grain is asked: a malformed id is answered like an unknown one
/// (404), so nothing is activated for it and nobody learns more from a bad id than from a wrong one. A room the
/// site does not show (a demo room with demo content switched off) is unknown here too, as on the pages and the hub.
/// </summary>
internal static class BoothRouteIds
{
    public static TBuilder ValidateBoothIds<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            Problem(context.HttpContext.Request.RouteValues)
            ?? await HiddenAsync(context.HttpContext)
            ?? await next(context));

    private static async Task<ProblemHttpResult?> HiddenAsync(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("roomId", out var roomId)
            && await http.RequestServices.GetRequiredService<Rooms.RoomDirectory>().GetVisibleAsync(roomId as string) is null
            ? NotFound("fair.not_found", "Fair not found", "There is no job fair with this id.")
            : null;

    private static ProblemHttpResult? Problem(RouteValueDictionary values)
    {
        if (values.TryGetValue("roomId", out var roomId) && !RoomIds.IsValid(roomId as string))
        {
            return NotFound("fair.not_found", "Fair not found", "There is no job fair with this id.");
        }

        if (values.TryGetValue("employerId", out var employerId) && !OrganisationIds.IsValid(employerId as string))
        {
            return NotFound("booth.not_found", "Booth not found", "This employer has no booth at this fair.");
        }

        if (values.TryGetValue("applicationId", out var applicationId) && !ApplicationIds.IsValid(applicationId as string))
        {
            return NotFound("booth.application_not_found", "Application not found", "There is no such application.");
        }

        return null;
    }

    private static ProblemHttpResult NotFound(string type, string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail, type: type);
}
