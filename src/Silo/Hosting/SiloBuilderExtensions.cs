using LiveFair.Silo.Fairs;
using LiveFair.Silo.Jobs;
using LiveFair.Silo.Lobby;
using LiveFair.Silo.Orders;
using LiveFair.Silo.Organisations;
using LiveFair.Silo.Rooms;
using LiveFair.Silo.Sales;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace LiveFair.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Everything a LiveFair silo needs besides clustering: the database, the relational grain storage
    /// (as the named and the default provider) and the read models grains write to.
    /// </summary>
    public static ISiloBuilder AddLiveFairGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var services = silo.Services;
        services.AddLiveFairDatabase(configuration);
        services.AddOptions<RoomOptions>()
            .Bind(configuration.GetSection(RoomOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoomOptions>, RoomOptionsValidator>());
        services.AddOptions<BoothOptions>()
            .Bind(configuration.GetSection(BoothOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoothOptions>, BoothOptionsValidator>());
        services.AddOptions<ProductOptions>()
            .Bind(configuration.GetSection(ProductOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProductOptions>, ProductOptionsValidator>());
        services.AddOptions<OrderOptions>()
            .Bind(configuration.GetSection(OrderOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrderOptions>, OrderOptionsValidator>());
        services.AddGrainStorage(LiveFairStorage.Name, static (sp, _) => ActivatorUtilities.CreateInstance<RelationalGrainStorage>(sp));
        services.AddGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, static (sp, _) => sp.GetRequiredKeyedService<IGrainStorage>(LiveFairStorage.Name));
        return silo;
    }

    /// <summary>The database and the SQL read models; shared by the silo and, in embedded mode, by Web.</summary>
    public static IServiceCollection AddLiveFairDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ =>
        {
            var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
            return new LiveFairDatabase(options);
        });
        services.TryAddSingleton<LobbyReadModel>();
        services.TryAddSingleton<OrganisationDirectory>();
        services.TryAddSingleton<JobCatalog>();
        services.TryAddSingleton<ProductCatalog>();
        services.TryAddSingleton<ApplicationIndex>();
        services.TryAddSingleton<FairInvitationIndex>();
        services.TryAddSingleton<OrderIndex>();
        services.TryAddSingleton<SaleLedger>();
        return services;
    }
}
