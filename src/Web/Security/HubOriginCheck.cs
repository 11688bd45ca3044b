namespace LiveFair.Web.Security;

/// <summary>
/// Refuses hub requests (negotiate and the WebSocket upgrade) that a browser sent from a page of another
/// site. Browsers apply no CORS to WebSockets and send the session cookie along, so without this check any
/// web page could act in LiveFair as its visitor. Clients that send no Origin are not browsers and pass.
/// </summary>
internal sealed partial class HubOriginCheck(RequestDelegate next, AllowedOrigins allowed, IProblemDetailsService problems, ILogger<HubOriginCheck> logger)
{
    public const string HubPathPrefix = "/hubs";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(HubPathPrefix) || request.Headers.Origin.Count == 0
            || allowed.Allows(request.Headers.Origin.ToString(), request))
        {
            await next(context);
            return;
        }

        // Only the normalised form is logged: the raw header is whatever the sender chose to write.
        LogRefused(request.Path, OriginKey.Normalize(request.Headers.Origin.ToString()) ?? "(not an origin)");
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Type = SecurityErrors.OriginNotAllowed,
                Title = "Origin not allowed",
                Detail = "Connections to LiveFair's hubs are accepted only from LiveFair's own pages.",
                Status = StatusCodes.Status403Forbidden,
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a hub request to {Path} from origin {Origin}; add it to Security:AllowedOrigins if it is LiveFair's own")]
    private partial void LogRefused(PathString path, string origin);
}
