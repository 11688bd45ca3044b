using Deque.AxeCore.Playwright;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>The live charity sale: the pinned product card, the ticker and totals, pinning from the console by keyboard, and axe-core.</summary>
public sealed class SaleRoomTests(LiveFairBrowserFixture fixture) : IClassFixture<LiveFairBrowserFixture>
{
    [Fact]
    public async Task A_streamer_pins_a_product_from_the_console_by_keyboard_and_a_viewer_sees_the_card_its_stock_and_the_ticker_live()
    {
        var workshopId = OrganisationIds.New();
        var admin = await fixture.Host.FounderOfAsync(workshopId, OrganisationKind.Workshop);
        var streamer = await fixture.Host.CreateMemberAsync(workshopId, OrganisationRole.Streamer);
        var roomId = await fixture.Host.CreateRoomAsync(workshopId, kind: RoomKind.CharitySale);
        var product = fixture.Host.Grains.GetGrain<IProductGrain>(ProductIds.New());
        var view = await product.Create(admin.Id, workshopId, new ProductListing
        {
            Title = "键盘粽子", PriceFen = 5800, Stock = 10,
            Split = new SaleSplit { MakerShare = 2800, CharityShare = 1000, CharityName = "阳光基金", Materials = 2000 },
        });
        await product.SetTerms(admin.Id, new SaleTerms { PerBuyerLimit = 2, StartsAt = DateTimeOffset.UtcNow.AddMinutes(-1), EndsAt = DateTimeOffset.UtcNow.AddHours(1) });

        await using var viewerContext = await fixture.NewContextAsync();
        var viewer = await viewerContext.NewPageAsync();
        await viewer.GotoAsync($"/rooms/{roomId}");
        await Assertions.Expect(viewer.Locator("#connection-status")).ToContainTextAsync("已连接");
        await Assertions.Expect(viewer.Locator("#sale-empty")).ToBeVisibleAsync();

        await using var consoleContext = await fixture.NewContextAsync();
        var console = await consoleContext.NewPageAsync();
        await console.SignInByKeyboardAsync($"/rooms/{roomId}/console", streamer.Email, streamer.Password);
        await Assertions.Expect(console.Locator("#connection-status")).ToContainTextAsync("已连接");
        var pin = $"li[data-product-id='{view.ProductId}'] form[data-pin] button";
        await console.TabToAsync(pin);
        await console.AssertFocusVisibleAsync();
        await console.Keyboard.PressAsync("Enter");

        var unpin = $"li[data-product-id='{view.ProductId}'] form[data-unpin] button";
        await Assertions.Expect(console.Locator(unpin)).ToBeFocusedAsync();
        await Assertions.Expect(console.Locator("#announcer")).ToHaveTextAsync("已置顶：键盘粽子");

        await Assertions.Expect(viewer.Locator("#sale-card h3")).ToHaveTextAsync("键盘粽子");
        await Assertions.Expect(viewer.Locator("#sale-stock")).ToHaveTextAsync("剩余 10 件");
        await Assertions.Expect(viewer.Locator("#sale-countdown")).ToContainTextAsync("后结束");
        await Assertions.Expect(viewer.Locator("#sale-buy")).ToHaveAttributeAsync("href", $"/products/{view.ProductId}/buy?room={roomId}");
        await Assertions.Expect(viewer.Locator("#announcer")).ToHaveTextAsync("主播置顶了商品：键盘粽子，¥58.00");
        await Assertions.Expect(viewer.Locator("#sale-card")).ToContainTextAsync("公益善款（阳光基金）：¥10.00");

        await product.Reserve("buyer-1", 2, "order-" + Guid.NewGuid().ToString("N"));
        await Assertions.Expect(viewer.Locator("#sale-stock")).ToHaveTextAsync("剩余 8 件");

        await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).PublishSale(new SaleAnnouncement
        {
            OrderId = "order-" + Guid.NewGuid().ToString("N"), ProductId = view.ProductId, ProductTitle = "键盘粽子", Quantity = 2,
            City = "成都", Nickname = "小<b>米</b>", TotalFen = 11600, CharityFen = 2000, MakersFen = 5600,
        });
        await Assertions.Expect(viewer.Locator("#sale-ticker li").Last).ToContainTextAsync("成都的小<b>米</b>买了 2 × 键盘粽子");
        await Assertions.Expect(viewer.Locator("#sale-ticker-announcer")).ToHaveTextAsync("成都的小<b>米</b>买了 2 × 键盘粽子");
        await Assertions.Expect(viewer.Locator("#sale-items")).ToHaveTextAsync("2");
        await Assertions.Expect(viewer.Locator("#sale-raised")).ToHaveTextAsync("¥20.00");
        await Assertions.Expect(viewer.Locator("#sale-earned")).ToHaveTextAsync("¥56.00");

        await console.Keyboard.PressAsync("Enter");
        await Assertions.Expect(console.Locator(pin)).ToBeFocusedAsync();
        await Assertions.Expect(viewer.Locator("#sale-empty")).ToBeVisibleAsync();
        Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    public static TheoryData<string, string> Pages() => new()
    {
        { "room", "zh-CN" },
        { "room", "en" },
        { "console", "zh-CN" },
        { "console", "en" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_demo_sale_room_with_its_pinned_product_and_its_console_have_no_axe_violations(string which, string culture)
    {
        await using var context = await fixture.NewContextAsync();
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Host.BaseAddress.ToString() }]);
        }

        var page = await context.NewPageAsync();
        var path = which == "room" ? $"/rooms/{DemoData.LiveCharitySale}" : $"/rooms/{DemoData.LiveCharitySale}/console";
        if (which == "console")
        {
            await page.SignInByKeyboardAsync(path, DemoData.HostEmail);
        }

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        if (which == "room")
        {
            // The demo pins the sachet: the card is drawn from the room's snapshot, photo and all.
            await Assertions.Expect(page.Locator("#sale-card h3")).ToHaveTextAsync("手绣荷花香包");
            await Assertions.Expect(page.Locator("#sale-card img")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("香包"));
        }
        else
        {
            await Assertions.Expect(page.Locator("#sale-console li[data-product-id]")).ToHaveCountAsync(3);
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, AxeReport.Describe($"{which} {path} ({culture})", results.Violations));
    }
}
