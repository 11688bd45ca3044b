using LiveFair.Silo.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace LiveFair.Web.Observability;

public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddLiveFairObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveFairMetrics>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(LiveFairMetrics.MeterName, "Microsoft.AspNetCore.Http.Connections", "Microsoft.Orleans")
            .AddPrometheusExporter());
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        return builder;
    }

    public static WebApplication MapLiveFairHealth(this WebApplication app)
    {
        // Liveness: the process answers. Readiness: it can also reach its database.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private sealed class DatabaseHealthCheck(LiveFairDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.", exception);
            }
        }
    }
}
