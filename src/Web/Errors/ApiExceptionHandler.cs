using Microsoft.AspNetCore.Diagnostics;

namespace LiveFair.Web.Errors;

/// <summary>
/// An unexpected exception in an API or hub request becomes a bare 500 problem details: its message and
/// stack trace may carry connection strings or personal data and stay in the log. Page requests are
/// left to the exception handler's re-executed status page.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The request path already points at the status page here; the feature keeps the original one.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (path is null || !StatusPagesExtensions.IsApi(new PathString(path)))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Title = "Unexpected error",
                Detail = "The request could not be completed. Try again later.",
                Status = StatusCodes.Status500InternalServerError,
                Instance = path,
            },
        });
    }
}
