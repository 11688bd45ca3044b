using LiveFair.Contracts.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace LiveFair.Web.Errors;

/// <summary>Turns a refused command into problem details: the status from its kind, its code as the type.</summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainException domain)
        {
            return false;
        }

        httpContext.Response.StatusCode = domain.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Type = domain.Code,
                Title = domain.Kind.ToString(),
                Detail = domain.Message,
                Status = httpContext.Response.StatusCode,
            },
        });
    }
}
