using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;

namespace LiveFair.Web.Localization;

public static class LocalizationExtensions
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    public static WebApplicationBuilder AddLiveFairLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Texts>();

        // Razor would otherwise write every Chinese character as an &#x...; entity.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("zh-CN").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);

            // zh-CN unless the person chose otherwise (cookie) or a link asks for it (?culture=en).
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseLiveFairLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapLanguageEndpoints(this WebApplication app)
    {
        app.MapPost("/language", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
            {
                if (!Cultures.Contains(culture))
                {
                    return Results.Problem(statusCode: 400, title: "Unsupported language", detail: "Choose zh-CN or en.", type: "language.unsupported");
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl : "/");
            })
            .WithName("SetLanguage").WithTags("Site").ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A path on this site: one leading slash, not "//" or "/\" (another host), and no control characters,
    /// which browsers strip and so could turn into another host.
    /// </summary>
    internal static bool IsLocalPath([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
