using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Testing;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>
/// Buying by keyboard (pay on delivery, as this host has no Stripe keys), the workshop shipping an order by
/// keyboard, and axe-core on checkout, receipt, "my orders" and the sales dashboard.
/// </summary>
public sealed class OrderTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_buyer_checks_out_by_keyboard_and_lands_on_the_receipt()
    {
        var shop = await ShopAsync("键盘粽子");
        var buyer = await fixture.Host.CreatePersonAsync("键盘买家");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/products/{shop.ProductId}/buy", buyer.Email, buyer.Password);

        await page.TabToAsync("#quantity");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.FillAddressAndPlaceAsync("小明");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("订单：键盘粽子");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("已确认，待打包");
        var orderId = new Uri(page.Url).AbsolutePath.Split('/')[2];
        var order = await fixture.Host.Grains.GetGrain<IOrderGrain>(orderId).GetView();
        Assert.Equal((2, "成都", "小明", OrderStatus.Paid), (order.Quantity, order.Shipping!.City, order.TickerNickname, order.Status));
    }

    [Fact]
    public async Task A_workshop_manager_ships_an_order_with_its_tracking_number_by_keyboard()
    {
        var shop = await ShopAsync("键盘草编");
        var orderId = await PlaceAsync(shop);
        var orders = fixture.Host.Grains.GetGrain<IOrderGrain>(orderId);
        await orders.Advance(shop.Manager.Id, OrderStatus.Packed, null);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInByKeyboardAsync($"/orgs/{shop.WorkshopId}/sales", shop.Manager.Email, shop.Manager.Password);
        await page.TabToAsync($"[id='{orderId}-carrier']");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.TypeAsync("顺丰");
        await page.TabToAsync($"[id='{orderId}-trackingNumber']", maxPresses: 1);
        await page.Keyboard.TypeAsync("SF100200300");
        await page.Keyboard.PressAsync("Tab");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".status-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("已标记为已发货");
        var order = await orders.GetView();
        Assert.Equal((OrderStatus.Shipped, "顺丰", "SF100200300"), (order.Status, order.Shipment!.Carrier, order.Shipment.TrackingNumber));
    }

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var page in new[] { "checkout", "checkout-with-errors", "receipt", "mine", "dashboard", "dashboard-with-errors" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Order_page_has_no_axe_violations(string which, string culture)
    {
        var shop = await ShopAsync("<b>无障碍</b>粽子", new SaleTerms { PerBuyerLimit = 5, EndsAt = DateTimeOffset.UtcNow.AddDays(1) });
        var orderId = await PlaceAsync(shop);
        var packed = await PlaceAsync(shop);
        await fixture.Host.Grains.GetGrain<IOrderGrain>(packed).Advance(shop.Manager.Id, OrderStatus.Packed, null);

        await using var context = await fixture.NewContextAsync();
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Host.BaseAddress.ToString() }]);
        }

        var page = await context.NewPageAsync();
        var path = which switch
        {
            "checkout" or "checkout-with-errors" => $"/products/{shop.ProductId}/buy",
            "receipt" => $"/orders/{orderId}",
            "mine" => "/me/orders",
            _ => $"/orgs/{shop.WorkshopId}/sales",
        };
        await page.SignInByKeyboardAsync(path, shop.Manager.Email, shop.Manager.Password);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        if (which == "checkout-with-errors")
        {
            await page.Locator("#quantity").FillAsync("50");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }
        else if (which == "dashboard-with-errors")
        {
            await page.Locator($"[id='{packed}-carrier']").FillAsync("顺丰");
            await page.Locator($"li#order-{packed} form.form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} {path} ({culture})", results.Violations));
    }

    /// <summary>A workshop whose founding admin manages it, with a consenting maker and a product of 20.</summary>
    private async Task<TestShop> ShopAsync(string title, SaleTerms? terms = null)
    {
        var host = fixture.Host;
        var workshopId = OrganisationIds.New();
        var manager = await host.FounderOfAsync(workshopId, OrganisationKind.Workshop);
        var maker = await host.Grains.GetGrain<IWorkshopGrain>(workshopId).AddMaker(manager.Id, new MakerInput { DisplayName = "李阿姨", PublicConsent = true });
        var productId = ProductIds.New();
        var product = host.Grains.GetGrain<IProductGrain>(productId);
        await product.Create(manager.Id, workshopId, new ProductListing
        {
            Title = title,
            PriceFen = 3800,
            Stock = 20,
            MakerIds = [maker.MakerId],
            Split = new SaleSplit { MakerShare = 2000, CharityShare = 1000, CharityName = "助残基金", Materials = 500, PlatformFee = 200, PaymentFee = 100 },
        });
        if (terms is not null)
        {
            await product.SetTerms(manager.Id, terms);
        }

        return new TestShop(workshopId, productId, manager);
    }

    /// <summary>An order of the workshop's manager, placed through the grain (the pages read it back).</summary>
    private async Task<string> PlaceAsync(TestShop shop)
    {
        var orderId = OrderIds.New();
        await fixture.Host.Grains.GetGrain<IOrderGrain>(orderId).Place(shop.Manager.Id, new OrderRequest
        {
            ProductId = shop.ProductId,
            Quantity = 1,
            Shipping = new ShippingAddress { RecipientName = "<i>王</i>", Phone = "13800000000", Province = "四川", City = "成都", AddressLine = "春熙路 1 号" },
        }, PaymentMethod.PayOnDelivery);
        return orderId;
    }

    private sealed record TestShop(string WorkshopId, string ProductId, TestPerson Manager);
}
