namespace LiveFair.Web.Errors;

public static class ErrorsExtensions
{
    /// <summary>Problem details for every API error, an error page for every page error, and never a stack trace in a response.</summary>
    public static WebApplicationBuilder AddLiveFairErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        // What no handler above took came from a page: the visitor gets the status page in their language.
        builder.Services.Configure<ExceptionHandlerOptions>(options => options.ExceptionHandlingPath = "/status/500");
        return builder;
    }
}
