namespace LiveFair.Web.Products;

public static class ProductsExtensions
{
    public static WebApplicationBuilder AddLiveFairProducts(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<ProductIdRouteConstraint>(ProductIdRouteConstraint.Name));
        builder.Services.AddSingleton<ProductAccess>();
        builder.Services.AddSingleton<ProductPhotos>();
        return builder;
    }
}
