using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

[Collection(OrderTestGroup.Name)]
public sealed class OrderMisuseTests(OrdersFixture fixture)
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task Someone_elses_order_is_not_found_to_read_cancel_or_place_again()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var owner = await OrdersFixture.BuyerAsync(host);
        using var stranger = await OrdersFixture.BuyerAsync(host);
        using var anonymous = host.CreateClient();
        var orderId = OrderIds.New();
        await OrdersFixture.PlaceAsync(owner, OrdersFixture.Order(shop.ProductId, orderId: orderId));
        var before = await OrdersFixture.ViewAsync(host, orderId);

        await ProblemAssertions.AssertProblemAsync(await stranger.Http.GetAsync($"/api/orders/{orderId}"), HttpStatusCode.NotFound, "order.not_found");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { }), HttpStatusCode.NotFound, "order.not_found");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(shop.ProductId, orderId: orderId)), HttpStatusCode.NotFound, "order.not_found");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.PostAsJsonAsync($"/api/orders/{orderId}/advance", new { status = "Packed" }), HttpStatusCode.NotFound, "order.not_found");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.GetAsync($"/api/orgs/{shop.WorkshopId}/orders"), HttpStatusCode.Forbidden, "order.forbidden");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.GetAsync($"/api/orgs/{shop.WorkshopId}/sales/summary"), HttpStatusCode.Forbidden, "order.forbidden");
        await ProblemAssertions.AssertProblemAsync(await stranger.Http.GetAsync($"/api/orgs/{shop.WorkshopId}/sales/orders.csv"), HttpStatusCode.Forbidden, "order.forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/orders/{orderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/orders/{orderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync("/api/orders/not-an-order")).StatusCode);
        Assert.Empty((await stranger.Http.GetFromJsonAsync<JsonElement[]>("/api/me/orders"))!);

        var after = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((before.Version, OrderStatus.PendingPayment), (after.Version, after.Status));
        Assert.Single(fixture.Stripe.Sessions, s => s.OrderId == orderId);
    }

    [Fact]
    public async Task Script_in_every_text_field_is_kept_as_typed_and_shown_escaped()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host, title: "粽子" + Script);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var order = new
        {
            productId = shop.ProductId,
            quantity = 1,
            tickerNickname = "N<b>i</b>",
            shipping = new { recipientName = "R" + Script, phone = "13800000000", province = "<i>四川</i>", city = "C" + Script, addressLine = "A" + Script, postalCode = "" },
        };
        var orderId = (await OrdersFixture.PlaceAsync(buyer, order)).GetProperty("order").GetProperty("orderId").GetString()!;
        var view = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal(("R" + Script, "A" + Script, "N<b>i</b>"), (view.Shipping!.RecipientName, view.Shipping.AddressLine, view.TickerNickname));

        foreach (var (client, path) in new[] { (buyer.Http, $"/orders/{orderId}"), (buyer.Http, "/me/orders"), (shop.Admin.Http, $"/orgs/{shop.WorkshopId}/sales") })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>i</b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>四川</i>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> InvalidOrders => new()
    {
        { "recipientName", "{\"productId\":\"{product}\",\"quantity\":1,\"shipping\":{\"recipientName\":\"" + new string('名', OrderLimits.RecipientName + 1) + "\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"路 1 号\"}}" },
        { "addressLine", "{\"productId\":\"{product}\",\"quantity\":1,\"shipping\":{\"recipientName\":\"王\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"" + new string('路', OrderLimits.AddressLine + 1) + "\"}}" },
        { "city", "{\"productId\":\"{product}\",\"quantity\":1,\"shipping\":{\"recipientName\":\"王\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\\n广州\",\"addressLine\":\"路 1 号\"}}" },
        { "phone", "{\"productId\":\"{product}\",\"quantity\":1,\"shipping\":{\"recipientName\":\"王\",\"phone\":\"call me\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"路 1 号\"}}" },
        { "tickerNickname", "{\"productId\":\"{product}\",\"quantity\":1,\"tickerNickname\":\"" + new string('昵', OrderLimits.Nickname + 1) + "\",\"shipping\":{\"recipientName\":\"王\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"路 1 号\"}}" },
        { "quantity", "{\"productId\":\"{product}\",\"quantity\":0,\"shipping\":{\"recipientName\":\"王\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"路 1 号\"}}" },
        { "orderId", "{\"orderId\":\"../../etc\",\"productId\":\"{product}\",\"quantity\":1,\"shipping\":{\"recipientName\":\"王\",\"phone\":\"13800000000\",\"province\":\"四川\",\"city\":\"成都\",\"addressLine\":\"路 1 号\"}}" },
        { "province", "{\"productId\":\"{product}\",\"quantity\":1}" },
    };

    [Theory]
    [MemberData(nameof(InvalidOrders))]
    public async Task An_invalid_order_is_a_validation_problem_naming_the_field_and_reserves_nothing(string field, string body)
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        using var response = await buyer.Http.PostAsync("/api/orders", new StringContent(body.Replace("{product}", shop.ProductId, StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal("order.invalid_input", problem.RootElement.GetProperty("type").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.Equal(10, (await host.Grains.GetGrain<IProductGrain>(shop.ProductId).GetStock()).Available);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"productId\":\"prod-x1\",\"quantity\":\"many\"}")]
    public async Task A_body_that_cannot_be_read_is_a_bad_request_with_problem_details(string body)
    {
        using var buyer = await OrdersFixture.BuyerAsync(fixture.OnDelivery);
        using var response = await buyer.Http.PostAsync("/api/orders", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Buying_more_than_the_stock_or_the_per_buyer_limit_or_outside_the_flash_sale_is_a_clear_problem()
    {
        var host = fixture.OnDelivery;
        using var buyer = await OrdersFixture.BuyerAsync(host);
        using var small = await OrdersFixture.ShopAsync(host, stock: 2);
        using var limited = await OrdersFixture.ShopAsync(host, terms: new SaleTerms { PerBuyerLimit = 2 });
        using var ended = await OrdersFixture.ShopAsync(host, terms: new SaleTerms { StartsAt = DateTimeOffset.UtcNow.AddHours(-2), EndsAt = DateTimeOffset.UtcNow.AddHours(-1) });
        using var later = await OrdersFixture.ShopAsync(host, terms: new SaleTerms { StartsAt = DateTimeOffset.UtcNow.AddHours(1) });

        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(small.ProductId, quantity: 3)), HttpStatusCode.Conflict, "product.sold_out");
        await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(limited.ProductId, quantity: 2));
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(limited.ProductId, quantity: 1)), HttpStatusCode.Conflict, "product.buyer_limit");
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(ended.ProductId)), HttpStatusCode.Conflict, "product.sale_ended");
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(later.ProductId)), HttpStatusCode.Conflict, "product.sale_not_started");
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync("/api/orders", OrdersFixture.Order(ProductIds.New())), HttpStatusCode.NotFound);

        Assert.Single((await buyer.Http.GetFromJsonAsync<JsonElement[]>("/api/me/orders"))!);
        Assert.Equal(2, (await host.Grains.GetGrain<IProductGrain>(small.ProductId).GetStock()).Available);
    }

    [Fact]
    public async Task The_checkout_page_shows_a_refusal_next_to_the_field_and_keeps_what_was_typed()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host, stock: 2);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var page = await buyer.Http.GetStringAsync($"/products/{shop.ProductId}/buy");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var orderId = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.OrderId\" value=\"(ord-[a-z0-9]+)\"").Groups[1].Value;
        Assert.True(OrderIds.IsValid(orderId));
        Assert.Contains("¥10.00", page, StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.OrderId"] = orderId,
            ["Input.Quantity"] = "3",
            ["Input.Shipping.RecipientName"] = "王" + Script,
            ["Input.Shipping.Phone"] = "13800000000",
            ["Input.Shipping.Province"] = "四川",
            ["Input.Shipping.City"] = "成都",
            ["Input.Shipping.AddressLine"] = "春熙路 1 号",
        });
        using var refused = await buyer.Http.PostAsync($"/products/{shop.ProductId}/buy", form);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("库存不足", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quantity-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"王&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{orderId}\"", html, StringComparison.Ordinal);
        Assert.Empty((await buyer.Http.GetFromJsonAsync<JsonElement[]>("/api/me/orders"))!);
    }
}
