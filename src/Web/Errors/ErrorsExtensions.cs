namespace LiveFair.Web.Errors;

public static class ErrorsExtensions
{
    /// <summary>Problem details for every API error, and never a stack trace in a response.</summary>
    public static WebApplicationBuilder AddLiveFairErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        return builder;
    }
}
