using LiveFair.Web.People;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Orders;

public static class OrdersExtensions
{
    public static WebApplicationBuilder AddLiveFairOrders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<OrderIdRouteConstraint>(OrderIdRouteConstraint.Name));
        services.AddOptions<StripeOptions>()
            .Bind(builder.Configuration.GetSection(StripeOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StripeOptions>, StripeOptionsValidator>());
        services.AddSingleton<StripePayments>();
        services.AddSingleton<OrderPayments>();
        services.AddSingleton<WorkshopSalesAccess>();
        services.AddSingleton<WorkshopSales>();
        services.AddSingleton<IPersonalDataHolder, OrderPersonalData>();
        return builder;
    }

    public static WebApplication MapLiveFairOrders(this WebApplication app)
    {
        app.MapOrderEndpoints();
        app.MapWorkshopOrderEndpoints();
        app.MapSalesEndpoints();
        app.MapStripeWebhook();
        return app;
    }
}
