using LiveFair.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Security;

/// <summary>LiveFair in the Production environment, with the test-only <see cref="FaultEndpoints"/> that throw.</summary>
public sealed class ProductionHostFixture : IAsyncLifetime
{
    public LiveFairTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LiveFairTestHost.StartAsync(
        environment: "Production",
        services: services => services.AddTransient<IStartupFilter, FaultEndpoints>());

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
