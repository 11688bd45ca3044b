using LiveFair.Silo.Hosting;

// A standalone silo: grains only, no web front end. Embedded mode (the default) does not use this
// program; src/Web hosts the same grains in-process. See docs/operations.md.
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo
    .UseLocalhostClustering(
        siloPort: builder.Configuration.GetValue("Orleans:SiloPort", 11111),
        gatewayPort: builder.Configuration.GetValue("Orleans:GatewayPort", 30000))
    .AddLiveFairGrains(builder.Configuration));

await builder.Build().RunAsync();
