namespace LiveFair.Web.Security;

public static class SecurityHeadersExtensions
{
    // No inline script anywhere: pages load their code from /js and pass data in JSON blocks.
    // Media and HLS segments come from the streaming service, hence https: for media and connect.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
        "media-src 'self' blob: https:; connect-src 'self' https:; worker-src 'self' blob:; " +
        "frame-src https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Security headers on every answer, and the Secure flag on every cookie sent over HTTPS.</summary>
    public static WebApplication UseLiveFairSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Set as the answer starts, not now: the exception handler clears the headers of a failed
            // request before it writes the error, and the error needs them as much as any page.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        app.UseCookiePolicy();
        return app;
    }
}
