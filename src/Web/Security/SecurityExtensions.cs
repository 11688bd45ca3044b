using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Security;

public static class SecurityExtensions
{
    /// <summary>The security baseline (docs/security.md): cookies, hub origins and hub rate limits.</summary>
    public static WebApplicationBuilder AddLiveFairSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SecurityOptions>()
            .Bind(builder.Configuration.GetSection(SecurityOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "livefair.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // After every feature's own configuration, so the sign-in cookie keeps these whatever Identity sets.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);

        services.AddSingleton<AllowedOrigins>();
        services.AddSingleton<HubCallLimiter>();
        services.AddSingleton<HubRateLimitFilter>();
        services.Replace(ServiceDescriptor.Singleton<IHubProtocolResolver, MessageBudgetProtocolResolver>());

        // Security is registered before the feature folders, so this filter is the first and outermost.
        services.Configure<HubOptions>(options => options.AddFilter<HubRateLimitFilter>());
        return builder;
    }

    /// <summary>Refuses hub requests from other sites' pages; see <see cref="HubOriginCheck"/>.</summary>
    public static WebApplication UseLiveFairHubOriginCheck(this WebApplication app)
    {
        app.UseMiddleware<HubOriginCheck>();
        return app;
    }
}
