using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using LiveFair.Silo.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LiveFair.Web.Identity;

public static class IdentityExtensions
{
    public static WebApplicationBuilder AddLiveFairIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLiveFairDatabase(builder.Configuration);
        services.AddDbContext<LiveFairIdentityDbContext>((sp, options) =>
        {
            // Identity lives in the same database as grain state and read models.
            var database = sp.GetRequiredService<LiveFairDatabase>();
            _ = database.Provider switch
            {
                DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString).AddInterceptors(new SqliteSecureDeleteInterceptor()),
                DatabaseProvider.PostgreSql => options.UseNpgsql(database.ConnectionString),
                _ => throw new NotSupportedException($"No Identity store for database provider {database.Provider}."),
            };
        });
        services.AddHostedService<IdentityDatabaseInitializer>();

        services.AddIdentity<LiveFairUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequiredUniqueChars = PasswordRules.MinimumDifferentCharacters;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<LiveFairIdentityDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordLetterValidator>()
            .AddClaimsPrincipalFactory<LiveFairClaimsPrincipalFactory>();

        services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.SectionName));
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<AccountOptions>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.ResetLinkLifetime);
        services.AddSingleton<UnknownEmailLockout>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<PasswordResets>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "livefair.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;

            // APIs and hubs answer 401/403; only pages redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddScoped<IClaimsTransformation, MembershipClaimsTransformation>();
        services.AddAuthorizationBuilder()
            .AddPolicy(RoomPolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(RoomPolicies.PlatformAdmin, policy => policy.RequireRole(LiveFairRoles.PlatformAdmin))
            .AddPolicy(RoomPolicies.RoomStaff, policy => policy.RequireAssertion(context =>
                context.User.OrganisationsWith(OrganisationRole.Streamer, OrganisationRole.Helper).Count > 0));
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
