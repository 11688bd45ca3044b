using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Tests.Sales;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>Buyers, addresses, requests and ready-made sales for order tests.</summary>
internal static class TestOrders
{
    public static IOrderGrain NewOrder(this IClusterClient client) => client.GetGrain<IOrderGrain>(OrderIds.New());

    public static string NewBuyerId() => $"person-{Guid.NewGuid():N}";

    public static ShippingAddress Shipping(string city = "南京") => new()
    {
        RecipientName = "李明",
        Phone = "+86 138-0013-8000",
        Province = "江苏",
        City = city,
        AddressLine = "玄武区中山路 1 号 2 单元",
        PostalCode = "210000",
    };

    public static OrderRequest Request(string productId, int quantity = 1, string? roomId = null, string? nickname = null) => new()
    {
        ProductId = productId,
        Quantity = quantity,
        Shipping = Shipping(),
        RoomId = roomId,
        TickerNickname = nickname,
    };

    /// <summary>A workshop with two makers (one public, one not), a product they made, and a live charity sale room of the workshop.</summary>
    public static async Task<Sale> SaleAsync(this IClusterClient client, int stock = 10)
    {
        var (workshop, admin) = await client.WorkshopAsync();
        var workshopId = workshop.GetPrimaryKeyString();
        var makers = client.GetGrain<IWorkshopGrain>(workshopId);
        var li = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨", PublicConsent = true });
        var wang = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "王师傅" });
        var product = client.NewProduct();
        await product.Create(admin.PersonId, workshopId, TestProducts.Listing(stock) with { MakerIds = [li.MakerId, wang.MakerId] });
        var room = await client.LiveSaleAsync(workshopId);
        return new Sale(product, workshopId, admin.PersonId, room, [li.MakerId, wang.MakerId]);
    }

    public static Task<OrderView> PlaceAsync(this IClusterClient client, Sale sale, string buyerId, int quantity = 1, PaymentMethod method = PaymentMethod.PayOnDelivery, bool inRoom = true) =>
        client.NewOrder().Place(buyerId, Request(sale.ProductId, quantity, inRoom ? sale.RoomId : null, "小红"), method);

    /// <summary>¥38.80 a piece; the split of <see cref="TestProducts.Split"/>.</summary>
    public const long Price = 3880;
}

internal sealed record Sale(IProductGrain Product, string WorkshopId, string AdminId, IRoomGrain Room, IReadOnlyList<string> MakerIds)
{
    public string ProductId => Product.GetPrimaryKeyString();

    public string RoomId => Room.GetPrimaryKeyString();
}
