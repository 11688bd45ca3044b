using LiveFair.Web.People;

namespace LiveFair.Web.Booths;

public static class BoothsExtensions
{
    public static WebApplicationBuilder AddLiveFairBooths(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<FairJobs>();
        services.AddSingleton<FairRecommendations>();
        services.AddSingleton<MyApplications>();
        services.AddSingleton<IPersonalDataHolder, ApplicationPersonalData>();
        return builder;
    }

    public static WebApplication MapBoothEndpoints(this WebApplication app)
    {
        app.MapGroup("/api/fairs/{roomId}/booths/{employerId}")
            .WithTags("Booths")
            .ValidateBoothIds()
            .MapBooth()
            .MapBoothQueue()
            .MapBoothConsole()
            .MapBoothInterviews();
        app.MapGroup("/api/fairs/{roomId}")
            .WithTags("Fair jobs")
            .ValidateBoothIds()
            .MapFairJobs();
        app.MapGroup("/api/me/applications")
            .WithTags("Me")
            .RequireAuthorization(Identity.RoomPolicies.SignedIn)
            .ValidateBoothIds()
            .MapMyApplications();
        return app;
    }
}
