using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>Who may list products, the listing rules through the grain, and reservations with the default (long) reservation time.</summary>
public sealed class ProductGrainTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_workshop_admin_or_streamer_lists_a_product_and_script_stays_as_typed()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var streamer = await Client.JoinedAsync(workshop, admin.PersonId, OrganisationRole.Streamer);
        var workshopId = workshop.GetPrimaryKeyString();

        var byAdmin = await Client.NewProduct().Create(admin.PersonId, workshopId, TestProducts.Listing(title: " <b>粽子</b> "));
        var byStreamer = await Client.NewProduct().Create(streamer.PersonId, workshopId, TestProducts.Listing(stock: 3));

        Assert.Equal((workshopId, "<b>粽子</b>", 3880L), (byAdmin.WorkshopId, byAdmin.Listing.Title, byAdmin.Listing.PriceFen));
        Assert.Equal(new StockLevel { Total = 3, Available = 3, Reserved = 0, Sold = 0 }, byStreamer.Stock);
        Assert.Equal(TestProducts.Split(), (await Client.GetGrain<IProductGrain>(byAdmin.ProductId).GetView()).Listing.Split);
        var updated = await Client.GetGrain<IProductGrain>(byStreamer.ProductId).Update(streamer.PersonId, TestProducts.Listing(stock: 5, title: "New"));
        Assert.Equal(("New", 5), (updated.Listing.Title, updated.Stock.Available));
        Assert.True(updated.Version > byStreamer.Version);
    }

    [Fact]
    public async Task Another_workshops_admin_a_helper_a_recruiter_and_strangers_cannot_list_or_change_products()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var workshopId = workshop.GetPrimaryKeyString();
        var helper = await Client.JoinedAsync(workshop, admin.PersonId, OrganisationRole.Helper, OrganisationRole.Recruiter);
        var (_, otherAdmin) = await Client.WorkshopAsync();
        var stranger = await Client.RegisteredIdentityAsync();
        var product = Client.NewProduct();
        var created = await product.Create(admin.PersonId, workshopId, TestProducts.Listing());

        foreach (var actor in new[] { otherAdmin.PersonId, helper.PersonId, stranger.PersonId, "" })
        {
            await TestProducts.AssertRefusedAsync("product.forbidden", ErrorKind.Forbidden, () => Client.NewProduct().Create(actor, workshopId, TestProducts.Listing()));
            await TestProducts.AssertRefusedAsync("product.forbidden", ErrorKind.Forbidden, () => product.Update(actor, TestProducts.Listing(title: "Hijacked")));
            await TestProducts.AssertRefusedAsync("product.forbidden", ErrorKind.Forbidden, () => product.SetTerms(actor, new SaleTerms { PerBuyerLimit = 1 }));
        }

        var after = await product.GetView();
        Assert.Equal((created.Version, created.Listing.Title, null), (after.Version, after.Listing.Title, after.Terms.PerBuyerLimit));
    }

    [Fact]
    public async Task Only_workshops_sell_and_bad_listings_change_nothing()
    {
        var (employer, employerAdmin) = await Client.CreatedAsync(TestOrganisations.Employer());
        await TestProducts.AssertRefusedAsync(
            "product.not_workshop", ErrorKind.Conflict, () => Client.NewProduct().Create(employerAdmin.PersonId, employer.GetPrimaryKeyString(), TestProducts.Listing()));
        await TestProducts.AssertRefusedAsync(
            "product.invalid_id", ErrorKind.Invalid, () => Client.GetGrain<IProductGrain>("job-1234567890").Create(employerAdmin.PersonId, employer.GetPrimaryKeyString(), TestProducts.Listing()));

        var (product, workshopId, adminId) = await Client.CreatedProductAsync();
        var before = await product.GetView();
        await TestProducts.AssertRefusedAsync("product.invalid_price", ErrorKind.Invalid, () => product.Update(adminId, TestProducts.Listing() with { PriceFen = 0 }));
        await TestProducts.AssertRefusedAsync(
            "product.split_mismatch", ErrorKind.Invalid, () => product.Update(adminId, TestProducts.Listing() with { PriceFen = 3881 }));
        await TestProducts.AssertRefusedAsync("product.exists", ErrorKind.Conflict, () => product.Create(adminId, workshopId, TestProducts.Listing()));
        TestProducts.AssertSame(before, await product.GetView());
        await TestProducts.AssertRefusedAsync("product.not_found", ErrorKind.NotFound, () => Client.NewProduct().GetStock());
    }

    [Fact]
    public async Task Reserving_is_idempotent_per_order_and_confirm_and_release_move_the_stock()
    {
        var (product, _, _) = await Client.CreatedProductAsync(stock: 5);
        var order = TestProducts.NewOrderId();

        var first = await product.Reserve("buyer-a", 2, order);
        var again = await product.Reserve("buyer-a", 2, order);

        TestProducts.AssertSame(first, again);
        Assert.Equal((ReservationStatus.Reserved, 3880L, 7760L), (first.Status, first.PriceFen, first.TotalFen));
        Assert.True(first.ExpiresAt - first.ReservedAt == TimeSpan.FromMinutes(15));
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 2, Sold = 0 }, await product.GetStock());
        await TestProducts.AssertRefusedAsync("product.order_mismatch", ErrorKind.Conflict, () => product.Reserve("buyer-a", 1, order));
        await TestProducts.AssertRefusedAsync("product.order_mismatch", ErrorKind.Conflict, () => product.Reserve("buyer-b", 2, order));

        var sold = await product.Confirm(order);
        Assert.Equal(ReservationStatus.Sold, sold.Status);
        TestProducts.AssertSame(sold, await product.Confirm(order));
        TestProducts.AssertSame(sold, await product.Reserve("buyer-a", 2, order));
        await TestProducts.AssertRefusedAsync("product.already_sold", ErrorKind.Conflict, () => product.Release(order));

        var other = TestProducts.NewOrderId();
        await product.Reserve("buyer-b", 3, other);
        Assert.Equal(ReservationStatus.Released, (await product.Release(other)).Status);
        Assert.Equal(ReservationStatus.Released, (await product.Release(other)).Status);
        Assert.Equal(new StockLevel { Total = 5, Available = 3, Reserved = 0, Sold = 2 }, await product.GetStock());
        await TestProducts.AssertRefusedAsync("product.reservation_not_found", ErrorKind.NotFound, () => product.Confirm("ord-unknown"));
    }

    [Fact]
    public async Task More_than_the_stock_is_refused_and_the_stock_cannot_go_below_what_is_committed()
    {
        var (product, _, adminId) = await Client.CreatedProductAsync(stock: 3);
        await TestProducts.AssertRefusedAsync("product.sold_out", ErrorKind.Conflict, () => product.Reserve("buyer-a", 4, TestProducts.NewOrderId()));
        await TestProducts.AssertRefusedAsync("product.invalid_quantity", ErrorKind.Invalid, () => product.Reserve("buyer-a", 0, TestProducts.NewOrderId()));
        await TestProducts.AssertRefusedAsync("product.invalid_quantity", ErrorKind.Invalid, () => product.Reserve("buyer-a", -1, TestProducts.NewOrderId()));
        await TestProducts.AssertRefusedAsync("product.invalid_order", ErrorKind.Invalid, () => product.Reserve("buyer-a", 1, " "));
        await product.Reserve("buyer-a", 2, TestProducts.NewOrderId());

        await TestProducts.AssertRefusedAsync("product.stock_below_committed", ErrorKind.Conflict, () => product.Update(adminId, TestProducts.Listing(stock: 1)));
        await TestProducts.AssertRefusedAsync("product.sold_out", ErrorKind.Conflict, () => product.Reserve("buyer-b", 2, TestProducts.NewOrderId()));
        Assert.Equal(new StockLevel { Total = 2, Available = 0, Reserved = 2, Sold = 0 }, (await product.Update(adminId, TestProducts.Listing(stock: 2))).Stock);
    }

    [Fact]
    public async Task A_price_change_leaves_open_reservations_at_the_price_and_split_they_were_made_with()
    {
        var (product, _, adminId) = await Client.CreatedProductAsync(stock: 3);
        var order = TestProducts.NewOrderId();
        await product.Reserve("buyer-a", 1, order);
        var cheaper = TestProducts.Listing(stock: 3) with { PriceFen = 1000, Split = new SaleSplit { MakerShare = 1000 } };

        await product.Update(adminId, cheaper);

        var sold = await product.Confirm(order);
        Assert.Equal((3880L, TestProducts.Split()), (sold.PriceFen, sold.Split));
        Assert.Equal(3880L, LedgerLines.For(sold.PriceFen, sold.Split, sold.Quantity, sold.MakerIds).Sum(l => l.AmountFen));
    }

    [Fact]
    public async Task A_buyer_may_not_hold_more_than_the_per_buyer_limit_across_orders()
    {
        var (product, _, adminId) = await Client.CreatedProductAsync(stock: 10);
        await product.SetTerms(adminId, new SaleTerms { PerBuyerLimit = 2 });

        var first = await product.Reserve("buyer-a", 1, TestProducts.NewOrderId());
        await product.Confirm(first.OrderId);
        await product.Reserve("buyer-a", 1, TestProducts.NewOrderId());
        await TestProducts.AssertRefusedAsync("product.buyer_limit", ErrorKind.Conflict, () => product.Reserve("buyer-a", 1, TestProducts.NewOrderId()));
        await TestProducts.AssertRefusedAsync("product.buyer_limit", ErrorKind.Conflict, () => product.Reserve("buyer-b", 3, TestProducts.NewOrderId()));

        // A released order no longer counts against the buyer.
        var held = await product.Reserve("buyer-b", 2, TestProducts.NewOrderId());
        await product.Release(held.OrderId);
        await product.Reserve("buyer-b", 2, TestProducts.NewOrderId());
        Assert.Equal(new StockLevel { Total = 10, Available = 6, Reserved = 3, Sold = 1 }, await product.GetStock());
    }

    [Fact]
    public async Task Reservations_are_refused_before_the_flash_sale_starts_and_after_it_ends()
    {
        var (product, _, adminId) = await Client.CreatedProductAsync(stock: 10);
        var now = DateTimeOffset.UtcNow;

        await product.SetTerms(adminId, new SaleTerms { StartsAt = now.AddHours(1), EndsAt = now.AddHours(2) });
        await TestProducts.AssertRefusedAsync("product.sale_not_started", ErrorKind.Conflict, () => product.Reserve("buyer-a", 1, TestProducts.NewOrderId()));

        await product.SetTerms(adminId, new SaleTerms { StartsAt = now.AddHours(-1), EndsAt = now.AddHours(1) });
        var during = await product.Reserve("buyer-a", 1, TestProducts.NewOrderId());

        await product.SetTerms(adminId, new SaleTerms { StartsAt = now.AddHours(-2), EndsAt = now.AddSeconds(-1) });
        await TestProducts.AssertRefusedAsync("product.sale_ended", ErrorKind.Conflict, () => product.Reserve("buyer-b", 1, TestProducts.NewOrderId()));

        // Paying for what was reserved during the sale is still fine after it ends.
        Assert.Equal(ReservationStatus.Sold, (await product.Confirm(during.OrderId)).Status);
        Assert.Equal(new StockLevel { Total = 10, Available = 9, Reserved = 0, Sold = 1 }, await product.GetStock());
    }
}
