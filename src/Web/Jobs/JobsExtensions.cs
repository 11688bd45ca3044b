namespace LiveFair.Web.Jobs;

public static class JobsExtensions
{
    public static WebApplicationBuilder AddLiveFairJobs(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<JobIdRouteConstraint>(JobIdRouteConstraint.Name));
        builder.Services.AddSingleton<JobAccess>();
        return builder;
    }
}
