namespace LiveFair.Web.Fairs;

public static class FairsExtensions
{
    public static WebApplicationBuilder AddLiveFairFairs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<FairRoomIdRouteConstraint>(FairRoomIdRouteConstraint.Name));
        services.AddSingleton<FairCreation>();
        services.AddSingleton<FairRooms>();
        services.AddSingleton<EmployerFairs>();
        return builder;
    }

    public static WebApplication MapFairEndpoints(this WebApplication app)
    {
        app.MapGroup("/api/fairs")
            .WithTags("Fairs")
            .MapFairRoutes()
            .MapFairInvitations()
            .MapFairPins()
            .MapFairReports();
        app.MapGroup("/api/orgs")
            .WithTags("Fairs")
            .MapEmployerFairInvitations();
        return app;
    }
}
