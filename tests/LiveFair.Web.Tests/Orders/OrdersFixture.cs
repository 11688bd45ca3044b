using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Testing;
using LiveFair.Testing.Stripe;
using LiveFair.Web.Tests.Organisations;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

[CollectionDefinition(Name)]
public sealed class OrderTestGroup : ICollectionFixture<OrdersFixture>
{
    public const string Name = "Orders";
}

/// <summary>
/// Two running LiveFairs: one without Stripe keys (pay on delivery) and one whose Stripe is the loopback stand-in.
/// Workshops, makers and products are made through the real grains; orders only through HTTP.
/// </summary>
public sealed class OrdersFixture : IAsyncLifetime
{
    public LiveFairTestHost OnDelivery { get; private set; } = null!;

    public LiveFairTestHost WithStripe { get; private set; } = null!;

    public StripeStandIn Stripe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stripe = await StripeStandIn.StartAsync();
        OnDelivery = await LiveFairTestHost.StartAsync();
        WithStripe = await LiveFairTestHost.StartAsync(Stripe.Settings);
    }

    public async Task DisposeAsync()
    {
        await OnDelivery.DisposeAsync();
        await WithStripe.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>A workshop with a signed-in admin, one consenting maker, and one product.</summary>
    public static async Task<Shop> ShopAsync(LiveFairTestHost host, int stock = 10, SaleTerms? terms = null, string title = "手工粽子")
    {
        var id = OrganisationIds.New();
        var founder = await host.FounderOfAsync(id, OrganisationKind.Workshop);
        var maker = await host.Grains.GetGrain<IWorkshopGrain>(id).AddMaker(founder.Id, new MakerInput { DisplayName = "李阿姨", Story = "包了三十年粽子。", PublicConsent = true });
        var productId = ProductIds.New();
        var product = host.Grains.GetGrain<IProductGrain>(productId);
        await product.Create(founder.Id, id, new ProductListing
        {
            Title = title,
            PriceFen = 5000,
            Stock = stock,
            MakerIds = [maker.MakerId],
            Split = new SaleSplit { MakerShare = 3000, CharityShare = 1000, CharityName = "残疾人福利基金会", Materials = 700, PlatformFee = 200, PaymentFee = 100 },
        });
        if (terms is not null)
        {
            await product.SetTerms(founder.Id, terms);
        }

        return new Shop(id, productId, maker.MakerId, new SignedIn(founder, host.CreateClient(await host.SignInAsync(founder))));
    }

    public static async Task<SignedIn> BuyerAsync(LiveFairTestHost host)
    {
        var person = await host.CreatePersonAsync();
        return new SignedIn(person, host.CreateClient(await host.SignInAsync(person)));
    }

    public static object Order(string productId, int quantity = 1, string? orderId = null, string city = "成都", string? nickname = null, string name = "王小明") => new
    {
        orderId,
        productId,
        quantity,
        tickerNickname = nickname,
        shipping = new { recipientName = name, phone = "138 0000 0000", province = "四川", city, addressLine = "锦江区春熙路 1 号", postalCode = "610000" },
    };

    /// <summary>Places an order over the API and answers the response body; fails the test unless it is 201.</summary>
    public static async Task<JsonElement> PlaceAsync(SignedIn buyer, object order)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        using var response = await buyer.Http.PostAsJsonAsync("/api/orders", order);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"place order: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<OrderView> ViewAsync(LiveFairTestHost host, string orderId) => host.Grains.GetGrain<IOrderGrain>(orderId).GetView();
}

public sealed record Shop(string WorkshopId, string ProductId, string MakerId, SignedIn Admin) : IDisposable
{
    public void Dispose() => Admin.Dispose();
}
