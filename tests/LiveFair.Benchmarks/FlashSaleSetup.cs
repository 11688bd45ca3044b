using System.Security.Cryptography;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Testing;

namespace LiveFair.Benchmarks;

/// <summary>
/// A live charity sale as a workshop runs it, set up through the grains the way the product endpoints drive them:
/// a workshop and its admin, a live charity-sale room, and products with the same price, split, stock and
/// per-buyer limit: one pinned in the room and bought through the API, one bought straight from its grain.
/// </summary>
internal sealed record FlashSaleSetup(string WorkshopId, string RoomId, IProductGrain Product, IProductGrain Baseline)
{
    public static async Task<FlashSaleSetup> CreateAsync(LiveFairTestHost host, FlashSaleOptions options)
    {
        var workshopId = "bench-workshop-" + Hex();
        var admin = await host.FounderOfAsync(workshopId, OrganisationKind.Workshop);
        var roomId = "sale-" + Hex();
        var room = host.Grains.GetGrain<IRoomGrain>(roomId);
        await room.Schedule(new RoomDetails
        {
            Kind = RoomKind.CharitySale,
            Title = "Benchmark flash sale 美丽工坊直播义卖",
            HostOrganisationId = workshopId,
            HostOrganisationName = "Organisation " + workshopId,
            ScheduledStart = DateTimeOffset.UtcNow,
            ScheduledEnd = DateTimeOffset.UtcNow.AddHours(4),
        });
        await room.StartRoom();

        var product = await CreateProductAsync(host, admin.Id, workshopId, options);
        var baseline = await CreateProductAsync(host, admin.Id, workshopId, options);
        await product.PinTo(admin.Id, roomId);
        return new FlashSaleSetup(workshopId, roomId, product, baseline);
    }

    public static ProductListing Listing(int stock) => new()
    {
        Title = "手工粽子 Hand-made zongzi",
        Description = "Six zongzi, wrapped by hand.",
        PriceFen = 3880,
        Stock = stock,
        Category = "Food",
        Split = new SaleSplit { MakerShare = 2000, CharityShare = 1000, CharityName = "南京市残疾人福利基金会", Materials = 500, PlatformFee = 250, PaymentFee = 130 },
    };

    private static async Task<IProductGrain> CreateProductAsync(LiveFairTestHost host, string adminId, string workshopId, FlashSaleOptions options)
    {
        var product = host.Grains.GetGrain<IProductGrain>(ProductIds.New());
        await product.Create(adminId, workshopId, Listing(options.Stock));
        await product.SetTerms(adminId, new SaleTerms
        {
            PerBuyerLimit = options.PerBuyerLimit > 0 ? options.PerBuyerLimit : null,
            StartsAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            EndsAt = DateTimeOffset.UtcNow.AddHours(1),
        });
        return product;
    }

    private static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
