namespace LiveFair.Web.Security;

public static class SecurityHeadersExtensions
{
    // No inline script anywhere: pages load their code from /js and pass data in JSON blocks.
    // Media and HLS segments come from the streaming service, hence https: for media and connect.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
        "media-src 'self' blob: https:; connect-src 'self' https:; worker-src 'self' blob:; " +
        "frame-src https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseLiveFairSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
        return app;
    }
}
