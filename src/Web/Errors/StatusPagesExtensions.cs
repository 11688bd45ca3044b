namespace LiveFair.Web.Errors;

public static class StatusPagesExtensions
{
    /// <summary>
    /// An error without a body becomes problem details for API and hub clients, and a page in the
    /// visitor's language for everyone else.
    /// </summary>
    public static WebApplication UseLiveFairStatusPages(this WebApplication app)
    {
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    internal static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");
}
