namespace LiveFair.Web.Errors;

public static class StatusPagesExtensions
{
    /// <summary>
    /// An error without a body becomes problem details for API and hub clients, and a page in the
    /// visitor's language for everyone else.
    /// </summary>
    public static WebApplication UseLiveFairStatusPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs")
        || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/openapi");
}
