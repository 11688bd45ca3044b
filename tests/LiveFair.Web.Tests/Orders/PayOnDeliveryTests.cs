using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Orders;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

[Collection(OrderTestGroup.Name)]
public sealed class PayOnDeliveryTests(OrdersFixture fixture)
{
    [Fact]
    public async Task Without_Stripe_keys_an_order_is_confirmed_at_once_and_the_workshop_packs_ships_and_delivers_it()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);

        var placed = await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, quantity: 2));
        var order = placed.GetProperty("order");
        var orderId = order.GetProperty("orderId").GetString()!;
        Assert.True(OrderIds.IsValid(orderId));
        Assert.Equal(JsonValueKind.Null, placed.GetProperty("checkoutUrl").ValueKind);
        Assert.Equal(("Paid", "PayOnDelivery", 10_000L), (order.GetProperty("status").GetString(), order.GetProperty("paymentMethod").GetString(), order.GetProperty("priceFen").GetInt64() * order.GetProperty("quantity").GetInt32()));

        Assert.Equal("Paid", (await buyer.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}")).GetProperty("status").GetString());
        Assert.Equal(orderId, Assert.Single((await buyer.Http.GetFromJsonAsync<JsonElement[]>("/api/me/orders"))!).GetProperty("orderId").GetString());
        Assert.Equal(orderId, Assert.Single((await shop.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{shop.WorkshopId}/orders?status=Paid"))!).GetProperty("orderId").GetString());

        // The ledger holds the split of both items: 60 yuan for the maker, 20 for the charity.
        var lines = await host.Services.GetRequiredService<SaleLedger>().GetOrderLinesAsync(orderId);
        Assert.Equal(10_000, lines.Sum(line => line.AmountFen));
        var receipt = await buyer.Http.GetStringAsync($"/orders/{orderId}");
        Assert.Contains("李阿姨", receipt, StringComparison.Ordinal);
        Assert.Contains("¥60.00", receipt, StringComparison.Ordinal);
        Assert.Contains("¥20.00", receipt, StringComparison.Ordinal);

        await AdvanceAsync(shop, orderId, new { status = "Packed" }, HttpStatusCode.OK);
        await ProblemAssertions.AssertProblemAsync(await shop.Admin.Http.PostAsJsonAsync($"/api/orders/{orderId}/advance", new { status = "Shipped" }), HttpStatusCode.BadRequest, "order.invalid_input");
        await AdvanceAsync(shop, orderId, new { status = "Shipped", carrier = "顺丰", trackingNumber = "SF1234567890" }, HttpStatusCode.OK);
        await AdvanceAsync(shop, orderId, new { status = "Delivered" }, HttpStatusCode.OK);
        var delivered = await buyer.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}");
        Assert.Equal(("Delivered", "SF1234567890"), (delivered.GetProperty("status").GetString(), delivered.GetProperty("shipment").GetProperty("trackingNumber").GetString()));

        // A buyer cannot move their own order on.
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync($"/api/orders/{orderId}/advance", new { status = "Delivered" }), HttpStatusCode.Forbidden, "order.forbidden");

        var summary = await shop.Admin.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{shop.WorkshopId}/sales/summary");
        Assert.Equal((1, 2, 10_000L, 2_000L), (summary.GetProperty("orders").GetInt32(), summary.GetProperty("itemsSold").GetInt32(), summary.GetProperty("totalFen").GetInt64(), summary.GetProperty("charityFen").GetInt64()));
        var maker = Assert.Single(summary.GetProperty("makers").EnumerateArray());
        Assert.Equal(("李阿姨", 6_000L), (maker.GetProperty("displayName").GetString(), maker.GetProperty("amountFen").GetInt64()));
    }

    [Fact]
    public async Task A_workshop_refunds_a_delivered_pay_on_delivery_order_and_the_totals_drop_back()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = (await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId))).GetProperty("order").GetProperty("orderId").GetString()!;

        // Refunding is for shipped orders; before that the order is cancelled.
        await ProblemAssertions.AssertProblemAsync(await shop.Admin.Http.PostAsJsonAsync($"/api/orders/{orderId}/refund", new { reason = "退货" }), HttpStatusCode.Conflict, "order.cannot_refund");
        await AdvanceAsync(shop, orderId, new { status = "Packed" }, HttpStatusCode.OK);
        await AdvanceAsync(shop, orderId, new { status = "Shipped", carrier = "EMS", trackingNumber = "E1" }, HttpStatusCode.OK);
        using var refunded = await shop.Admin.Http.PostAsJsonAsync($"/api/orders/{orderId}/refund", new { reason = "包裹丢失" });
        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        Assert.Equal("Refunded", (await OrdersFixture.ViewAsync(host, orderId)).Status.ToString());
        var summary = await shop.Admin.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{shop.WorkshopId}/sales/summary");
        Assert.Equal((0, 0L), (summary.GetProperty("orders").GetInt32(), summary.GetProperty("totalFen").GetInt64()));
    }

    [Fact]
    public async Task A_buyer_cancels_a_pay_on_delivery_order_until_it_is_packed()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host, stock: 3);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var first = (await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId))).GetProperty("order").GetProperty("orderId").GetString()!;
        var second = (await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId))).GetProperty("order").GetProperty("orderId").GetString()!;

        using (var cancelled = await buyer.Http.PostAsJsonAsync($"/api/orders/{first}/cancel", new { reason = "买错了" }))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        await AdvanceAsync(shop, second, new { status = "Packed" }, HttpStatusCode.OK);
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync($"/api/orders/{second}/cancel", new { }), HttpStatusCode.Conflict, "order.cannot_cancel");
        Assert.Equal((OrderStatus.Cancelled, OrderStatus.Packed), ((await OrdersFixture.ViewAsync(host, first)).Status, (await OrdersFixture.ViewAsync(host, second)).Status));
        var stock = await host.Grains.GetGrain<Contracts.Sales.IProductGrain>(shop.ProductId).GetStock();
        Assert.Equal((2, 1), (stock.Available, stock.Sold));
    }

    private static async Task AdvanceAsync(Shop shop, string orderId, object body, HttpStatusCode expected)
    {
        using var response = await shop.Admin.Http.PostAsJsonAsync($"/api/orders/{orderId}/advance", body);
        Assert.True(response.StatusCode == expected, $"advance: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
