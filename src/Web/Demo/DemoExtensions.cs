namespace LiveFair.Web.Demo;

public static class DemoExtensions
{
    /// <summary>Registered after the silo, so hosted-service order guarantees grains are reachable when it runs.</summary>
    public static WebApplicationBuilder AddLiveFairDemo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.SectionName));
        builder.Services.AddHostedService<DemoSeeder>();
        builder.Services.AddHostedService<DemoSale>();
        return builder;
    }
}
