using LiveFair.Silo.Hosting;

namespace LiveFair.Web.Hosting;

public static class EmbeddedSiloExtensions
{
    /// <summary>
    /// Embedded mode: this Web process is also the (only) silo, clustered on localhost. Ports are
    /// configurable so several hosts can share one machine, as the tests do.
    /// </summary>
    public static WebApplicationBuilder AddEmbeddedSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(
                siloPort: configuration.GetValue("Orleans:SiloPort", 11111),
                gatewayPort: configuration.GetValue("Orleans:GatewayPort", 30000),
                serviceId: "livefair",
                clusterId: configuration.GetValue("Orleans:ClusterId", "livefair-embedded")!)
            .AddLiveFairGrains(configuration));
        return builder;
    }
}
