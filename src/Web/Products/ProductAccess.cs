using LiveFair.Contracts.Sales;
using LiveFair.Web.Workshops;

namespace LiveFair.Web.Products;

/// <summary>Products are public; changing one is for its workshop's admins and streamers (the grain asks again).</summary>
public sealed class ProductAccess(IGrainFactory grains, WorkshopAccess workshops)
{
    public Task<ProductView> GetAsync(string productId) => grains.GetGrain<IProductGrain>(productId).GetView();

    /// <summary>The product, if <paramref name="personId"/> keeps its workshop's products; Forbidden otherwise, NotFound for an unknown id.</summary>
    public async Task<ProductView> RequireManagerAsync(string productId, string? personId)
    {
        var product = await GetAsync(productId);
        await workshops.RequireManagerAsync(product.WorkshopId, personId);
        return product;
    }

    public async Task<bool> IsManagerAsync(ProductView product, string? personId)
    {
        ArgumentNullException.ThrowIfNull(product);
        return await workshops.IsManagerAsync(product.WorkshopId, personId);
    }
}
