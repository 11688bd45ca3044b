using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

internal static class TestProducts
{
    public static IProductGrain NewProduct(this IClusterClient client) => client.GetGrain<IProductGrain>(ProductIds.New());

    /// <summary>¥38.80 of hand-made zongzi: 20.00 to the makers, 10.00 to charity, the rest costs.</summary>
    public static ProductListing Listing(int stock = 10, string title = "手工粽子 Hand-made zongzi") => new()
    {
        Title = title,
        Description = "Six zongzi, wrapped by hand.\nKeep cool.",
        PriceFen = 3880,
        Stock = stock,
        Category = "Food",
        ShippingNote = "Ships within 3 days.",
        Split = Split(),
    };

    public static SaleSplit Split() => new()
    {
        MakerShare = 2000,
        CharityShare = 1000,
        CharityName = "南京市残疾人福利基金会",
        Materials = 500,
        PlatformFee = 250,
        PaymentFee = 130,
    };

    /// <summary>A new workshop and its first admin.</summary>
    public static Task<(IOrganisationGrain Workshop, MemberIdentity Admin)> WorkshopAsync(this IClusterClient client) =>
        client.CreatedAsync(TestOrganisations.Workshop());

    /// <summary>A product created by a new workshop's admin, with <paramref name="stock"/> items.</summary>
    public static async Task<(IProductGrain Product, string WorkshopId, string AdminId)> CreatedProductAsync(this IClusterClient client, int stock = 10)
    {
        var (workshop, admin) = await client.WorkshopAsync();
        var product = client.NewProduct();
        await product.Create(admin.PersonId, workshop.GetPrimaryKeyString(), Listing(stock));
        return (product, workshop.GetPrimaryKeyString(), admin.PersonId);
    }

    /// <summary>A charity sale room hosted by <paramref name="workshopId"/>, live.</summary>
    public static async Task<LiveFair.Contracts.Rooms.IRoomGrain> LiveSaleAsync(this IClusterClient client, string workshopId)
    {
        var room = client.GetGrain<LiveFair.Contracts.Rooms.IRoomGrain>(Infrastructure.TestRooms.NewId("sale"));
        await room.Schedule(Infrastructure.TestRooms.Details("美丽工坊直播义卖") with
        {
            Kind = LiveFair.Contracts.Rooms.RoomKind.CharitySale,
            HostOrganisationId = workshopId,
            HostOrganisationName = "阳光美丽工坊",
        });
        await room.StartRoom();
        return room;
    }

    public static ProductPhoto Photo(string alt = "六只用粽叶包好的粽子，放在竹篮里") => new()
    {
        PhotoId = PhotoIds.New(),
        AltText = alt,
        Width = 1600,
        Height = 1200,
    };

    public static string NewOrderId() => $"ord-{Guid.NewGuid():N}";

    /// <summary>Records compare lists by reference, so makers are compared by content and the rest as a record.</summary>
    public static void AssertSame(Reservation expected, Reservation actual)
    {
        Assert.Equal(expected.MakerIds, actual.MakerIds);
        Assert.Equal(expected with { MakerIds = [] }, actual with { MakerIds = [] });
    }

    public static void AssertSame(ProductView expected, ProductView actual)
    {
        Assert.Equal(expected.Listing.MakerIds, actual.Listing.MakerIds);
        Assert.Equal(expected.Photos, actual.Photos);
        Assert.Equal(
            expected with { Listing = expected.Listing with { MakerIds = [] }, Photos = [] },
            actual with { Listing = actual.Listing with { MakerIds = [] }, Photos = [] });
    }

    public static void AssertConsistent(StockLevel stock)
    {
        Assert.Equal(stock.Total, stock.Available + stock.Reserved + stock.Sold);
        Assert.True(stock.Available >= 0 && stock.Reserved >= 0 && stock.Sold >= 0, $"A negative count: {stock}");
    }

    public static async Task<DomainException> AssertRefusedAsync(string code, ErrorKind kind, Func<Task> action)
    {
        var exception = await Assert.ThrowsAsync<DomainException>(action);
        Assert.Equal((code, kind), (exception.Code, exception.Kind));
        return exception;
    }

    public static DomainException AssertRefused(string code, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(code, exception.Code);
        Assert.Equal(ErrorKind.Invalid, exception.Kind);
        return exception;
    }
}
