using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>
/// The charity sale end to end, as two people in two browsers live it: a viewer buys the pinned product by keyboard
/// from the room (pay on delivery, as this host has no Stripe keys), and a second viewer's ticker, totals and stock
/// follow at once.
/// </summary>
public sealed class SaleJourneyTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_viewer_buys_the_pinned_product_by_keyboard_and_a_second_viewer_sees_the_ticker_totals_and_stock_change()
    {
        var host = fixture.Host;
        var workshopId = OrganisationIds.New();
        var manager = await host.FounderOfAsync(workshopId, OrganisationKind.Workshop);
        var maker = await host.Grains.GetGrain<IWorkshopGrain>(workshopId).AddMaker(manager.Id, new MakerInput { DisplayName = "李阿姨", PublicConsent = true });
        var product = host.Grains.GetGrain<IProductGrain>(ProductIds.New());
        var productId = product.GetPrimaryKeyString();
        await product.Create(manager.Id, workshopId, new ProductListing
        {
            Title = "旅程香包",
            PriceFen = 3800,
            Stock = 5,
            MakerIds = [maker.MakerId],
            Split = new SaleSplit { MakerShare = 2000, CharityShare = 1000, CharityName = "助残基金", Materials = 500, PlatformFee = 200, PaymentFee = 100 },
        });
        var roomId = await host.CreateRoomAsync(workshopId, kind: RoomKind.CharitySale);
        await product.PinTo(manager.Id, roomId);
        var buyer = await host.CreatePersonAsync("旅程买家");

        await using var watcherContext = await fixture.NewContextAsync();
        var watcher = await watcherContext.NewPageAsync();
        await watcher.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(watcher.Locator("#connection-status")).ToContainTextAsync("已连接");
        await Assertions.Expect(watcher.Locator("#sale-card h3")).ToHaveTextAsync("旅程香包");
        await Assertions.Expect(watcher.Locator("#sale-stock")).ToHaveTextAsync("剩余 5 件");
        await Assertions.Expect(watcher.Locator("#sale-items")).ToHaveTextAsync("0");

        await using var buyerContext = await fixture.NewContextAsync();
        var page = await buyerContext.NewPageAsync();
        await page.SignInByKeyboardAsync($"/rooms/{roomId}", buyer.Email, buyer.Password);
        await Assertions.Expect(page.Locator("#sale-card h3")).ToHaveTextAsync("旅程香包");
        await page.TabToAsync("#sale-buy");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/products/{productId}/buy");
        Assert.Contains($"room={roomId}", page.Url, StringComparison.Ordinal);
        await page.TabToAsync("#quantity");
        await page.FillAddressAndPlaceAsync("小明");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("已确认，待打包");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("助残基金");
        var orderId = new Uri(page.Url).AbsolutePath.Split('/')[2];
        var order = await host.Grains.GetGrain<IOrderGrain>(orderId).GetView();
        Assert.Equal((roomId, OrderStatus.Paid, PaymentMethod.PayOnDelivery), (order.RoomId, order.Status, order.PaymentMethod));

        // The second viewer hears the sale without anyone's name or address: the city and the chosen nickname only.
        await Assertions.Expect(watcher.Locator("#sale-ticker li").Last).ToContainTextAsync("成都的小明买了 1 × 旅程香包");
        await Assertions.Expect(watcher.Locator("#sale-ticker-announcer")).ToHaveTextAsync("成都的小明买了 1 × 旅程香包");
        await Assertions.Expect(watcher.Locator("#sale-items")).ToHaveTextAsync("1");
        await Assertions.Expect(watcher.Locator("#sale-raised")).ToHaveTextAsync("¥10.00");
        await Assertions.Expect(watcher.Locator("#sale-earned")).ToHaveTextAsync("¥20.00");
        await Assertions.Expect(watcher.Locator("#sale-stock")).ToHaveTextAsync("剩余 4 件");
        await Assertions.Expect(watcher.Locator("#sale-ticker")).Not.ToContainTextAsync("王小明");
        await Assertions.Expect(watcher.Locator("#sale-ticker")).Not.ToContainTextAsync("春熙路");
    }
}
