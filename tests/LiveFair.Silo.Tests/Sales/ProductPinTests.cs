using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>Pinning a product card in the workshop's charity sale, and the card's stock following every reservation.</summary>
public sealed class ProductPinTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_helper_pins_the_card_with_cover_photo_and_only_consenting_makers_named()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var workshopId = workshop.GetPrimaryKeyString();
        var helper = await Client.JoinedAsync(workshop, admin.PersonId, OrganisationRole.Helper);
        var makers = Client.GetGrain<IWorkshopGrain>(workshopId);
        var named = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨", Story = "包了二十年粽子", PublicConsent = true });
        var unnamed = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "王师傅", PublicConsent = false });
        var product = Client.NewProduct();
        await product.Create(admin.PersonId, workshopId, TestProducts.Listing() with { MakerIds = [named.MakerId, unnamed.MakerId] });
        var cover = TestProducts.Photo();
        await product.AddPhoto(admin.PersonId, cover);
        var room = await Client.LiveSaleAsync(workshopId);

        var view = await product.PinTo(helper.PersonId, room.GetPrimaryKeyString());

        Assert.Equal(room.GetPrimaryKeyString(), view.PinnedRoomId);
        var card = (await room.GetSnapshot()).Pin!.Product!;
        Assert.Equal((RoomPinKind.Product, view.ProductId, 3880L), ((await room.GetSnapshot()).Pin!.Kind, card.ProductId, card.PriceFen));
        Assert.Equal(["李阿姨"], card.MakerNames);
        Assert.Equal(1, card.AnonymousMakers);
        Assert.Equal(cover.PhotoId, card.Photo!.PhotoId);
        Assert.Equal(new StockLevel { Total = 10, Available = 10, Reserved = 0, Sold = 0 }, card.Stock);
        Assert.Equal(TestProducts.Split(), card.Split);
    }

    [Fact]
    public async Task Each_reservation_reaches_the_pinned_card_gathered_into_few_events_with_the_newest_counts()
    {
        var (product, workshopId, admin) = await Client.CreatedProductAsync(stock: 50);
        var room = await Client.LiveSaleAsync(workshopId);
        var node = new RecordingObserver();
        await room.Subscribe(Client.CreateObjectReference<IRoomObserver>(node), 0);
        await product.PinTo(admin, room.GetPrimaryKeyString());

        var orders = Enumerable.Range(0, 30).Select(_ => TestProducts.NewOrderId()).ToList();
        await Task.WhenAll(orders.Select((order, i) => product.Reserve($"buyer-{i}", 1, order)));
        await product.Confirm(orders[0]);

        var last = await Eventually.GetAsync(
            () => Task.FromResult(node.Events.LastOrDefault(e => e.Kind == RoomEventKind.StockChanged)),
            e => e?.Stock?.Stock is { Reserved: 29, Sold: 1 },
            "the card to show 29 reserved and 1 sold");
        Assert.Equal(new StockLevel { Total = 50, Available = 20, Reserved = 29, Sold = 1 }, last!.Stock!.Stock);
        Assert.InRange(node.Events.Count(e => e.Kind == RoomEventKind.StockChanged), 1, 30);
        Assert.Equal(last.Stock.Stock, (await room.GetSnapshot()).Pin!.Product!.Stock);
    }

    [Fact]
    public async Task Pinning_is_refused_outside_the_workshops_live_charity_sales_and_for_others()
    {
        var (product, workshopId, admin) = await Client.CreatedProductAsync();
        var (otherWorkshop, _) = await Client.WorkshopAsync();
        var recruiter = await Client.JoinedAsync(Client.GetGrain<IOrganisationGrain>(workshopId), admin, OrganisationRole.Recruiter);
        var stranger = await Client.RegisteredIdentityAsync();
        var othersSale = await Client.LiveSaleAsync(otherWorkshop.GetPrimaryKeyString());
        var fair = await Client.StartLiveAsync(TestRooms.NewId("fair"), TestRooms.Details() with { HostOrganisationId = workshopId });
        var ended = await Client.LiveSaleAsync(workshopId);
        await ended.EndRoom();
        var mine = await Client.LiveSaleAsync(workshopId);

        foreach (var room in new[] { othersSale, fair, ended })
        {
            await TestProducts.AssertRefusedAsync("product.pin_room", ErrorKind.Conflict, () => product.PinTo(admin, room.GetPrimaryKeyString()));
        }

        await TestProducts.AssertRefusedAsync("product.pin_room", ErrorKind.Conflict, () => product.PinTo(admin, "no-such-room"));
        foreach (var actor in new[] { recruiter.PersonId, stranger.PersonId, "" })
        {
            await TestProducts.AssertRefusedAsync("product.pin_forbidden", ErrorKind.Forbidden, () => product.PinTo(actor, mine.GetPrimaryKeyString()));
        }

        Assert.Null((await product.GetView()).PinnedRoomId);
        Assert.Null((await mine.GetSnapshot()).Pin);
    }

    [Fact]
    public async Task Moving_and_clearing_the_pin_and_a_room_that_shows_something_else_is_left_alone()
    {
        var (product, workshopId, admin) = await Client.CreatedProductAsync();
        var first = await Client.LiveSaleAsync(workshopId);
        var second = await Client.LiveSaleAsync(workshopId);
        var other = Client.NewProduct();
        await other.Create(admin, workshopId, TestProducts.Listing(title: "手工香包"));

        await product.PinTo(admin, first.GetPrimaryKeyString());
        await product.PinTo(admin, second.GetPrimaryKeyString());
        Assert.Null((await first.GetSnapshot()).Pin);
        Assert.Equal(product.GetPrimaryKeyString(), (await second.GetSnapshot()).Pin!.Product!.ProductId);

        // Someone pins another product in the same room: unpinning the first must not clear it.
        await other.PinTo(admin, second.GetPrimaryKeyString());
        var unpinned = await product.Unpin(admin);
        Assert.Null(unpinned.PinnedRoomId);
        Assert.Equal(other.GetPrimaryKeyString(), (await second.GetSnapshot()).Pin!.Product!.ProductId);

        await other.Unpin(admin);
        Assert.Null((await second.GetSnapshot()).Pin);
    }

    [Fact]
    public async Task Editing_a_pinned_product_redraws_the_card()
    {
        var (product, workshopId, admin) = await Client.CreatedProductAsync();
        var room = await Client.LiveSaleAsync(workshopId);
        await product.PinTo(admin, room.GetPrimaryKeyString());

        await product.Update(admin, TestProducts.Listing(title: "端午粽子礼盒"));
        await product.SetTerms(admin, new SaleTerms { PerBuyerLimit = 2 });

        var card = (await room.GetSnapshot()).Pin!.Product!;
        Assert.Equal(("端午粽子礼盒", 2), (card.Title, card.Terms.PerBuyerLimit));
    }

    [Fact]
    public async Task A_product_lists_only_current_makers_of_its_own_workshop()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var workshopId = workshop.GetPrimaryKeyString();
        var (otherWorkshop, otherAdmin) = await Client.WorkshopAsync();
        var mine = await Client.GetGrain<IWorkshopGrain>(workshopId).AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨" });
        var theirs = await Client.GetGrain<IWorkshopGrain>(otherWorkshop.GetPrimaryKeyString()).AddMaker(otherAdmin.PersonId, new MakerInput { DisplayName = "陈姐" });
        var gone = await Client.GetGrain<IWorkshopGrain>(workshopId).AddMaker(admin.PersonId, new MakerInput { DisplayName = "赵哥" });
        await Client.GetGrain<IWorkshopGrain>(workshopId).RemoveMaker(admin.PersonId, gone.MakerId);

        foreach (var makerIds in new[] { new[] { theirs.MakerId }, [gone.MakerId], ["maker-made-up"], [mine.MakerId, theirs.MakerId] })
        {
            await TestProducts.AssertRefusedAsync(
                "product.unknown_maker", ErrorKind.Invalid, () => Client.NewProduct().Create(admin.PersonId, workshopId, TestProducts.Listing() with { MakerIds = makerIds }));
        }

        var created = await Client.NewProduct().Create(admin.PersonId, workshopId, TestProducts.Listing() with { MakerIds = [mine.MakerId] });
        Assert.Equal([mine.MakerId], created.Listing.MakerIds);
    }
}
