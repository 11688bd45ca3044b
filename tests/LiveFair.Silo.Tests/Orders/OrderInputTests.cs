using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Orders;

/// <summary>Hostile checkouts: markup is kept as typed (pages escape it); oversized, control characters and bad ids are refused and change nothing.</summary>
public sealed class OrderInputTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private const string Script = "<script>alert('x')</script>";

    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Script_in_every_text_field_is_stored_as_typed()
    {
        var sale = await Client.SaleAsync();
        var buyer = TestOrders.NewBuyerId();
        var shipping = new ShippingAddress
        {
            RecipientName = "<b>李</b>",
            Phone = "138 0013 8000",
            Province = Script[..20],
            City = "<img src=x onerror=1>",
            AddressLine = Script + " 中山路 \"1\" & 2",
            PostalCode = "<i>21</i>",
        };
        var request = TestOrders.Request(sale.ProductId, roomId: sale.RoomId) with { Shipping = shipping, TickerNickname = "<u>小红</u>" };

        var order = await Client.NewOrder().Place(buyer, request, PaymentMethod.PayOnDelivery);
        var shipped = await Client.GetGrain<IOrderGrain>(order.OrderId).Advance(sale.AdminId, OrderStatus.Packed, null);
        shipped = await Client.GetGrain<IOrderGrain>(order.OrderId).Advance(
            sale.AdminId, OrderStatus.Shipped, new ShipmentInput { Carrier = "<b>SF</b>", TrackingNumber = "<i>1</i>" });
        var cancelled = await Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer)).OrderId).Cancel(buyer, Script);

        Assert.Equal(shipping, order.Shipping);
        Assert.Equal("<u>小红</u>", order.TickerNickname);
        Assert.Equal(new ShipmentInput { Carrier = "<b>SF</b>", TrackingNumber = "<i>1</i>" }, shipped.Shipment);
        Assert.Equal(Script, cancelled.History[^1].Note);
        var tick = (await sale.Room.GetSnapshot()).RecentSales[0];
        Assert.Equal(("<img src=x onerror=1>", "<u>小红</u>"), (tick.City, tick.Nickname));
    }

    [Fact]
    public async Task Oversized_fields_control_characters_and_bad_ids_are_refused_and_reserve_nothing()
    {
        var sale = await Client.SaleAsync(stock: 5);
        var buyer = TestOrders.NewBuyerId();
        var ok = TestOrders.Request(sale.ProductId);
        var cases = new (string Code, OrderRequest Request)[]
        {
            ("order.recipient_name.too_long", ok with { Shipping = ok.Shipping with { RecipientName = new string('李', OrderLimits.RecipientName + 1) } }),
            ("order.recipient_name.empty", ok with { Shipping = ok.Shipping with { RecipientName = " \n " } }),
            ("order.recipient_name.invalid_characters", ok with { Shipping = ok.Shipping with { RecipientName = "李\u0000明" } }),
            ("order.phone.empty", ok with { Shipping = ok.Shipping with { Phone = "" } }),
            ("order.phone.too_long", ok with { Shipping = ok.Shipping with { Phone = new string('1', OrderLimits.Phone + 1) } }),
            ("order.phone.invalid", ok with { Shipping = ok.Shipping with { Phone = "<script>" } }),
            ("order.province.empty", ok with { Shipping = ok.Shipping with { Province = "" } }),
            ("order.city.too_long", ok with { Shipping = ok.Shipping with { City = new string('南', OrderLimits.City + 1) } }),
            ("order.city.invalid_characters", ok with { Shipping = ok.Shipping with { City = "南\u001b[31m京" } }),
            ("order.address_line.too_long", ok with { Shipping = ok.Shipping with { AddressLine = new string('路', OrderLimits.AddressLine + 1) } }),
            ("order.postal_code.too_long", ok with { Shipping = ok.Shipping with { PostalCode = new string('2', OrderLimits.PostalCode + 1) } }),
            ("order.nickname.too_long", ok with { TickerNickname = new string('红', OrderLimits.Nickname + 1) }),
            ("order.nickname.invalid_characters", ok with { TickerNickname = "红\u0007" }),
            ("order.shipping_missing", ok with { Shipping = null! }),
            ("order.invalid_quantity", ok with { Quantity = 0 }),
            ("order.invalid_quantity", ok with { Quantity = 100 }),
            ("order.invalid_product", ok with { ProductId = "../prod-x" }),
            ("order.invalid_room", ok with { RoomId = "<script>" }),
        };

        foreach (var (code, request) in cases)
        {
            await TestProducts.AssertRefusedAsync(code, ErrorKind.Invalid, () => Client.NewOrder().Place(buyer, request, PaymentMethod.PayOnDelivery));
        }

        await TestProducts.AssertRefusedAsync("order.missing", ErrorKind.Invalid, () => Client.NewOrder().Place(buyer, null!, PaymentMethod.PayOnDelivery));
        await TestProducts.AssertRefusedAsync("order.invalid_payment_method", ErrorKind.Invalid, () => Client.NewOrder().Place(buyer, ok, (PaymentMethod)7));
        await TestProducts.AssertRefusedAsync("order.invalid_buyer", ErrorKind.Invalid, () => Client.NewOrder().Place(" ", ok, PaymentMethod.PayOnDelivery));
        await TestProducts.AssertRefusedAsync("order.invalid_buyer", ErrorKind.Invalid, () => Client.NewOrder().Place(new string('p', 65), ok, PaymentMethod.PayOnDelivery));
        foreach (var badId in new[] { "ord-", "ORD-ABC", "job-123456", "ord-<script>", "ord-" + new string('a', 61) })
        {
            await TestProducts.AssertRefusedAsync("order.invalid_id", ErrorKind.Invalid, () => Client.GetGrain<IOrderGrain>(badId).Place(buyer, ok, PaymentMethod.PayOnDelivery));
        }

        Assert.Equal(new Contracts.Sales.StockLevel { Total = 5, Available = 5, Reserved = 0, Sold = 0 }, await sale.Product.GetStock());

        var placed = Client.GetGrain<IOrderGrain>((await Client.PlaceAsync(sale, buyer)).OrderId);
        var before = await placed.GetView();
        await TestProducts.AssertRefusedAsync("order.reason.too_long", ErrorKind.Invalid, () => placed.Cancel(buyer, new string('x', OrderLimits.Reason + 1)));
        await TestProducts.AssertRefusedAsync("order.reason.invalid_characters", ErrorKind.Invalid, () => placed.Cancel(buyer, "why\u0000"));
        await TestProducts.AssertRefusedAsync("order.invalid_transition", ErrorKind.Conflict, () => placed.Advance(sale.AdminId, (OrderStatus)42, null));
        Assert.Equal(before.Version, (await placed.GetView()).Version);
    }
}
