using LiveFair.Contracts.Common;

namespace LiveFair.Web.Errors;

public static class ErrorsExtensions
{
    /// <summary>Problem details for every API error, an error page for every page error, and never a stack trace in a response.</summary>
    public static WebApplicationBuilder AddLiveFairErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            // After an exception the request path points at the status page; the feature keeps the one asked for.
            context.ProblemDetails.Instance ??= context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
                ?? context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        builder.Services.Configure<ExceptionHandlerOptions>(options =>
        {
            // What no handler above took came from a page: the visitor gets the status page in their language.
            options.ExceptionHandlingPath = "/status/500";

            // Since .NET 10 an exception a handler took is not logged; a refused command is expected, a
            // bug answered with a bare 500 must still reach the log.
            options.SuppressDiagnosticsCallback = context => context.Exception is DomainException;
        });
        return builder;
    }
}
