using LiveFair.Contracts.Common;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Rooms;

/// <summary>The charity sale's ticker and totals: numbered, counted once per order, lowered exactly by a refund, durable.</summary>
public sealed class RoomSaleTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    private static RoomDetails Sale() => TestRooms.Details("美丽工坊直播义卖") with { Kind = RoomKind.CharitySale };

    private static SaleAnnouncement Announcement(int quantity = 2, string? nickname = null) => new()
    {
        OrderId = $"ord-{Guid.NewGuid():N}",
        ProductId = "prod-zongzi",
        ProductTitle = "手工粽子",
        Quantity = quantity,
        City = "成都",
        Nickname = nickname,
        TotalFen = 3880 * quantity,
        CharityFen = 1000 * quantity,
        MakersFen = 2000 * quantity,
    };

    [Fact]
    public async Task A_sale_is_announced_once_counted_once_and_a_refund_takes_out_exactly_what_it_added_across_a_restart()
    {
        var roomId = TestRooms.NewId("sale");
        await using (var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString))
        {
            var room = await cluster.Client.StartLiveAsync(roomId, Sale());
            var first = Announcement(quantity: 2);
            var second = Announcement(quantity: 1, nickname: "小林");

            var announced = await room.PublishSale(first);
            Assert.Null(await room.PublishSale(first));
            await room.PublishSale(second);

            Assert.Equal(RoomEventKind.SaleConfirmed, announced!.Kind);
            Assert.Equal(("手工粽子", 2, "成都", null), (announced.Sale!.ProductTitle, announced.Sale.Quantity, announced.Sale.City, announced.Sale.Nickname));
            var totals = (await room.GetSnapshot()).SaleTotals;
            Assert.Equal(new SaleTotals { Orders = 2, ItemsSold = 3, TotalFen = 3880 * 3, RaisedForCharityFen = 3000, EarnedByMakersFen = 6000 }, totals);

            var retracted = await room.RetractSale(first.OrderId);
            Assert.Equal(RoomEventKind.SaleTotalsChanged, retracted!.Kind);
            Assert.Null(await room.RetractSale(first.OrderId));
            Assert.Null(await room.RetractSale("ord-never-counted"));
            Assert.Null(await room.PublishSale(first));
        }

        await using (var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString))
        {
            var snapshot = await cluster.Client.GetGrain<IRoomGrain>(roomId).GetSnapshot();
            Assert.Equal(new SaleTotals { Orders = 1, ItemsSold = 1, TotalFen = 3880, RaisedForCharityFen = 1000, EarnedByMakersFen = 2000 }, snapshot.SaleTotals);
            // The refunded sale's line is gone too; the other one stays.
            Assert.Equal("小林", Assert.Single(snapshot.RecentSales).Nickname);
        }
    }

    [Fact]
    public async Task An_erased_buyers_nickname_leaves_the_recent_ticker_lines_and_the_city_stays()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("sale"), Sale());
        var erased = Announcement(nickname: "小林");
        var kept = Announcement(nickname: "阿明");
        await room.PublishSale(erased);
        await room.PublishSale(kept);
        var sequence = (await room.GetSnapshot()).Sequence;

        await room.ForgetSaleBuyer(erased.OrderId);
        await room.ForgetSaleBuyer(erased.OrderId);
        await room.ForgetSaleBuyer("ord-never-sold");

        var snapshot = await room.GetSnapshot();
        Assert.Equal([null, "阿明"], snapshot.RecentSales.Select(s => s.Nickname));
        Assert.Equal(["成都", "成都"], snapshot.RecentSales.Select(s => s.City));
        Assert.Equal(sequence, snapshot.Sequence);
        Assert.Equal(2, snapshot.SaleTotals.Orders);
    }

    [Fact]
    public async Task Late_viewers_see_the_last_ten_ticker_lines_and_job_fairs_announce_no_sales()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("sale"), Sale());
        for (var i = 1; i <= 12; i++)
        {
            await room.PublishSale(Announcement(quantity: i));
        }

        var snapshot = await room.GetSnapshot();
        Assert.Equal(Enumerable.Range(3, 10), snapshot.RecentSales.Select(s => s.Quantity));
        Assert.Equal(78, snapshot.SaleTotals.ItemsSold);

        var fair = await cluster.Client.StartLiveAsync(TestRooms.NewId("fair"));
        var refused = await Assert.ThrowsAsync<DomainException>(() => fair.PublishSale(Announcement()));
        Assert.Equal("room.not_a_sale", refused.Code);
        await Assert.ThrowsAsync<DomainException>(() => room.PublishSale(Announcement() with { Quantity = 0 }));
    }

    [Fact]
    public async Task Stock_of_a_product_that_is_not_pinned_is_ignored()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var room = await cluster.Client.StartLiveAsync(TestRooms.NewId("sale"), Sale());
        var before = (await room.GetSnapshot()).Sequence;

        Assert.Null(await room.PublishStock(new ProductStock("prod-zongzi", new StockLevel { Total = 1, Available = 1, Reserved = 0, Sold = 0 })));
        Assert.Equal(before, (await room.GetSnapshot()).Sequence);
    }
}
