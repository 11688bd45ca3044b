using System.Net;
using System.Net.Http.Json;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Testing;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace LiveFair.Web.Tests.Products;

/// <summary>Pinning through the API, seen by a real SignalR viewer of the room, and the card's stock kept live.</summary>
[Collection(ProductTestGroup.Name)]
public sealed class SaleRoomRealtimeTests(ProductsFixture fixture)
{
    [Fact]
    public async Task A_helper_pins_a_product_every_viewer_gets_the_card_and_its_stock_live_then_it_is_unpinned()
    {
        using var workshop = await fixture.WorkshopAsync();
        var productId = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var roomId = await fixture.Host.CreateRoomAsync(workshop.Id, kind: RoomKind.CharitySale);
        await using var viewer = await fixture.Host.ConnectAsync();
        using var events = new RoomEventRecorder(viewer);
        await viewer.InvokeAsync<RoomCatchUp>("JoinRoom", roomId, null);

        using (var pinned = await workshop.Helper.Http.PostAsJsonAsync($"/api/products/{productId}/pin", new { roomId }))
        {
            Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        }

        var pin = await events.WaitForAsync(e => e.Kind == RoomEventKind.PinChanged && e.Pin?.Product?.ProductId == productId);
        var card = pin.Pin!.Product!;
        Assert.Equal(("手绣荷花香包", 3800L, 30), (card.Title, card.PriceFen, card.Stock.Available));
        Assert.Equal(800, card.Split.CharityShare);

        await fixture.Host.Grains.GetGrain<IProductGrain>(productId).Reserve("buyer-1", 3, "order-" + Guid.NewGuid().ToString("N"));
        var stock = await events.WaitForAsync(e => e.Kind == RoomEventKind.StockChanged && e.Stock?.Stock.Available == 27);
        Assert.Equal((productId, 3), (stock.Stock!.ProductId, stock.Stock.Stock.Reserved));

        using (var unpinned = await workshop.Streamer.Http.DeleteAsync($"/api/products/{productId}/pin"))
        {
            Assert.Equal(HttpStatusCode.OK, unpinned.StatusCode);
        }

        await events.WaitForAsync(e => e.Kind == RoomEventKind.PinChanged && e.Pin is null && e.Sequence > pin.Sequence);
        Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).GetSnapshot()).Pin);
    }

    [Fact]
    public async Task Pinning_in_someone_elses_room_a_job_fair_or_by_an_outsider_is_refused_and_nothing_is_pinned()
    {
        using var workshop = await fixture.WorkshopAsync();
        using var other = await fixture.WorkshopAsync();
        using var stranger = await fixture.SignedInAsync();
        var productId = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var ownRoom = await fixture.Host.CreateRoomAsync(workshop.Id, kind: RoomKind.CharitySale);
        var othersRoom = await fixture.Host.CreateRoomAsync(other.Id, kind: RoomKind.CharitySale);
        var fair = await fixture.Host.CreateRoomAsync(workshop.Id, kind: RoomKind.JobFair);

        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.PostAsJsonAsync($"/api/products/{productId}/pin", new { roomId = othersRoom }), HttpStatusCode.Conflict, "product.pin_room");
        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.PostAsJsonAsync($"/api/products/{productId}/pin", new { roomId = fair }), HttpStatusCode.Conflict, "product.pin_room");
        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.PostAsJsonAsync($"/api/products/{productId}/pin", new { roomId = "../x" }), HttpStatusCode.BadRequest, "product.pin_room_invalid");
        foreach (var client in new[] { other.Admin.Http, stranger.Http })
        {
            await ProblemAssertions.AssertProblemAsync(
                await client.PostAsJsonAsync($"/api/products/{productId}/pin", new { roomId = ownRoom }), HttpStatusCode.Forbidden, "product.pin_forbidden");
        }

        foreach (var room in new[] { ownRoom, othersRoom, fair })
        {
            Assert.Null((await fixture.Host.Grains.GetGrain<IRoomGrain>(room).GetSnapshot()).Pin);
        }
    }

    [Fact]
    public async Task The_room_page_of_a_charity_sale_draws_the_ticker_totals_and_the_console_lists_products_to_pin()
    {
        using var workshop = await fixture.WorkshopAsync();
        var productId = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id, ProductsFixture.Listing("手工<b>粽子</b>"));
        var roomId = await fixture.Host.CreateRoomAsync(workshop.Id, kind: RoomKind.CharitySale);
        await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).PublishSale(new SaleAnnouncement
        {
            OrderId = "order-" + Guid.NewGuid().ToString("N"),
            ProductId = productId,
            ProductTitle = "手工<b>粽子</b>",
            Quantity = 2,
            City = "成都",
            TotalFen = 7600,
            CharityFen = 1600,
            MakersFen = 4000,
        });

        using var anonymous = fixture.Host.CreateClient();
        var page = await anonymous.GetStringAsync($"/rooms/{roomId}");
        Assert.Contains("成都的一位买家买了 2 × 手工&lt;b&gt;粽子&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sale-raised\">¥16.00<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sale-earned\">¥40.00<", page, StringComparison.Ordinal);

        // The catalog is written after the product persists; the console reads it.
        var console = await Booths.Realtime.Eventually.GetAsync(
            () => workshop.Helper.Http.GetStringAsync($"/rooms/{roomId}/console"),
            html => html.Contains($"action=\"/products/{productId}/pin\"", StringComparison.Ordinal),
            "the console lists the product with a pin button");
        Assert.DoesNotContain("<b>粽子</b>", console, StringComparison.Ordinal);
    }
}
