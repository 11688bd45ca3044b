using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Orders;
using LiveFair.Testing.Stripe;
using LiveFair.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

[Collection(OrderTestGroup.Name)]
public sealed class StripeCheckoutTests(OrdersFixture fixture)
{
    private const string Completed = "checkout.session.completed";
    private const string Expired = "checkout.session.expired";
    private const string AsyncSucceeded = "checkout.session.async_payment_succeeded";
    private const string AsyncFailed = "checkout.session.async_payment_failed";

    [Fact]
    public async Task A_card_order_gets_one_checkout_session_keyed_by_its_id_and_the_signed_webhook_pays_it()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host, title: "草编<b>提篮</b>");
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = OrderIds.New();

        var placed = await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, quantity: 3, orderId: orderId));
        Assert.Equal(("PendingPayment", "Stripe"), (placed.GetProperty("order").GetProperty("status").GetString(), placed.GetProperty("order").GetProperty("paymentMethod").GetString()));
        var session = fixture.Stripe.SessionFor(orderId)!;
        Assert.Equal(session.Url, placed.GetProperty("checkoutUrl").GetString());

        // A retried submit with the same id finds the same order and the same session.
        var again = await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, quantity: 3, orderId: orderId));
        Assert.Equal(session.Url, again.GetProperty("checkoutUrl").GetString());
        Assert.Single(fixture.Stripe.Sessions, s => s.OrderId == orderId);

        var request = Assert.Single(fixture.Stripe.Requests, r => r.Path == "/v1/checkout/sessions" && r.Form.GetValueOrDefault("client_reference_id") == orderId);
        Assert.True(request.Authorised);
        Assert.Equal(orderId, request.IdempotencyKey);
        var form = request.Form;
        Assert.Equal("payment", form["mode"]);
        Assert.Equal(orderId, form["metadata[order_id]"]);
        Assert.Equal("cny", form["line_items[0][price_data][currency]"]);
        Assert.Equal("5000", form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("3", form["line_items[0][quantity]"]);
        Assert.Equal("草编<b>提篮</b>", form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal(["card", "alipay", "wechat_pay"], form.Where(f => f.Key.StartsWith("allowed_payment_method_types[", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value));
        Assert.Equal("web", form["payment_method_options[wechat_pay][client]"]);
        var placedAt = (await OrdersFixture.ViewAsync(host, orderId)).PlacedAt;
        Assert.Equal(placedAt.AddHours(1).ToUnixTimeSeconds(), long.Parse(form["expires_at"], CultureInfo.InvariantCulture));
        Assert.EndsWith($"/orders/{orderId}", form["success_url"], StringComparison.Ordinal);

        // Before Stripe says so, nothing is paid, and the receipt says the payment is being confirmed.
        Assert.Contains("正在确认您的付款", await buyer.Http.GetStringAsync($"/orders/{orderId}"), StringComparison.Ordinal);

        await WebhookAsync(Completed, fixture.Stripe.Pay(session.Id));
        var paid = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.StartsWith("pi_", paid.PaymentReference, StringComparison.Ordinal);
        var lines = await host.Services.GetRequiredService<SaleLedger>().GetOrderLinesAsync(orderId);
        Assert.Equal(15_000, lines.Sum(line => line.AmountFen));
        Assert.Equal(9_000, lines.Where(line => line.Kind == LedgerLineKind.Maker).Sum(line => line.AmountFen));
        var receipt = await buyer.Http.GetStringAsync($"/orders/{orderId}");
        Assert.Contains("以上金额已记入工坊账本", receipt, StringComparison.Ordinal);
        Assert.Contains("¥90.00", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>提篮</b>", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkout_asked_for_again_later_sends_the_same_parameters_and_gets_the_same_session()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = OrderIds.New();
        await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, orderId: orderId));
        var order = await OrdersFixture.ViewAsync(host, orderId);
        var payments = host.Services.GetRequiredService<Web.Orders.StripePayments>();
        var receipt = new Uri(host.BaseAddress, "orders/" + orderId);

        // As when Stripe made the session but the answer was lost: the same order asks again a moment later. Stripe (and
        // the stand-in) refuse a reused idempotency key whose parameters differ, so nothing may depend on the clock.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var again = await payments.CreateCheckoutAsync(order, receipt, receipt);

        Assert.Equal(order.Checkout!.SessionId, again.SessionId);
        Assert.Single(fixture.Stripe.Sessions, s => s.OrderId == orderId);
    }

    [Fact]
    public async Task A_refund_asked_for_again_after_Stripe_forgot_its_key_finds_the_refund_already_made()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = OrderIds.New();
        await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, orderId: orderId));
        await WebhookAsync(Completed, fixture.Stripe.Pay(fixture.Stripe.SessionFor(orderId)!.Id));
        var paid = await OrdersFixture.ViewAsync(host, orderId);
        var payments = host.Services.GetRequiredService<Web.Orders.StripePayments>();

        var first = await payments.RefundAsync(paid);
        fixture.Stripe.ForgetIdempotencyKeys();
        var again = await payments.RefundAsync(paid);

        Assert.Equal(first, again);
        Assert.Single(fixture.Stripe.Refunds, r => r.OrderId == orderId);
    }

    [Fact]
    public async Task The_same_webhook_three_times_changes_the_order_once()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var payload = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(fixture.Stripe.SessionFor(orderId)!.Id));

        await SendAsync(payload);
        var first = await OrdersFixture.ViewAsync(host, orderId);
        await SendAsync(payload);
        await SendAsync(payload);

        var last = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((OrderStatus.Paid, first.Version), (last.Status, last.Version));
        Assert.Equal(5_000, (await host.Services.GetRequiredService<SaleLedger>().GetOrderLinesAsync(orderId)).Sum(line => line.AmountFen));
        Assert.Equal(1, (await host.Grains.GetGrain<IProductGrain>(shop.ProductId).GetStock()).Sold);
    }

    public static TheoryData<string[]> ShuffledDeliveries => new()
    {
        new[] { Completed, Expired, AsyncFailed },
        new[] { Expired, Completed, AsyncFailed },
        new[] { AsyncFailed, Expired, Completed },
        new[] { Expired, AsyncFailed, Completed, Completed },
    };

    [Theory]
    [MemberData(nameof(ShuffledDeliveries))]
    public async Task Webhooks_in_any_order_end_paid_when_the_payment_succeeded_and_stock_remains(string[] deliveries)
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var sessionId = fixture.Stripe.SessionFor(orderId)!.Id;
        var paid = fixture.Stripe.Pay(sessionId);

        foreach (var type in deliveries)
        {
            await WebhookAsync(type, paid);
        }

        var order = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((OrderStatus.Paid, false), (order.Status, order.RefundDue));
        Assert.Equal(5_000, (await host.Services.GetRequiredService<SaleLedger>().GetOrderLinesAsync(orderId)).Sum(line => line.AmountFen));
        var stock = await host.Grains.GetGrain<IProductGrain>(shop.ProductId).GetStock();
        Assert.Equal((9, 0, 1), (stock.Available, stock.Reserved, stock.Sold));
        Assert.DoesNotContain(fixture.Stripe.Refunds, refund => refund.OrderId == orderId);
    }

    [Fact]
    public async Task A_delayed_payment_waits_for_async_success_and_an_async_failure_releases_the_items()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host, stock: 2);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var succeeding = await PlaceAsync(buyer, shop);
        var failing = await PlaceAsync(buyer, shop);

        await WebhookAsync(Completed, fixture.Stripe.CompleteUnpaid(fixture.Stripe.SessionFor(succeeding)!.Id));
        Assert.Equal(OrderStatus.PendingPayment, (await OrdersFixture.ViewAsync(host, succeeding)).Status);
        await WebhookAsync(AsyncSucceeded, fixture.Stripe.Pay(fixture.Stripe.SessionFor(succeeding)!.Id));
        Assert.Equal(OrderStatus.Paid, (await OrdersFixture.ViewAsync(host, succeeding)).Status);

        var unpaid = fixture.Stripe.CompleteUnpaid(fixture.Stripe.SessionFor(failing)!.Id);
        await WebhookAsync(Completed, unpaid);
        await WebhookAsync(AsyncFailed, unpaid);
        Assert.Equal(OrderStatus.Cancelled, (await OrdersFixture.ViewAsync(host, failing)).Status);
        var stock = await host.Grains.GetGrain<IProductGrain>(shop.ProductId).GetStock();
        Assert.Equal((1, 0, 1), (stock.Available, stock.Reserved, stock.Sold));
    }

    [Fact]
    public async Task A_late_payment_is_honoured_while_stock_remains_and_refunded_once_when_it_sold_out()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host, stock: 1);
        using var late = await OrdersFixture.BuyerAsync(host);
        using var other = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(late, shop);
        var session = fixture.Stripe.SessionFor(orderId)!;

        // The hold ran out (Stripe's session lives longer than the reservation) and someone else bought the item.
        await WebhookAsync(Expired, fixture.Stripe.Expire(session.Id));
        Assert.Equal(OrderStatus.Expired, (await OrdersFixture.ViewAsync(host, orderId)).Status);
        var otherOrder = await PlaceAsync(other, shop);
        await WebhookAsync(Completed, fixture.Stripe.Pay(fixture.Stripe.SessionFor(otherOrder)!.Id));

        // Then the first buyer's payment arrives: sold out, so it is refunded in full, once, however often Stripe says so.
        var payload = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(session.Id));
        for (var i = 0; i < 3; i++)
        {
            await SendAsync(payload);
        }

        var order = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((OrderStatus.Refunded, false), (order.Status, order.RefundDue));
        var refund = Assert.Single(fixture.Stripe.Refunds, r => r.OrderId == orderId);
        Assert.Equal((order.PaymentReference, 5_000L, order.RefundReference), (refund.PaymentIntentId, refund.Amount, refund.Id));
        Assert.All(fixture.Stripe.Requests.Where(r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("metadata[order_id]") == orderId), r => Assert.Equal("refund-" + orderId, r.IdempotencyKey));
        Assert.Empty(await host.Services.GetRequiredService<SaleLedger>().GetOrderLinesAsync(orderId));
        Assert.Equal(OrderStatus.Paid, (await OrdersFixture.ViewAsync(host, otherOrder)).Status);
        Assert.Contains("付款已全额退回", await late.Http.GetStringAsync($"/orders/{orderId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_payment_with_stock_left_is_a_sale()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host, stock: 5);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var sessionId = fixture.Stripe.SessionFor(orderId)!.Id;
        await WebhookAsync(Expired, fixture.Stripe.Expire(sessionId));
        await WebhookAsync(Completed, fixture.Stripe.Pay(sessionId));
        Assert.Equal(OrderStatus.Paid, (await OrdersFixture.ViewAsync(host, orderId)).Status);
        Assert.DoesNotContain(fixture.Stripe.Refunds, refund => refund.OrderId == orderId);
    }

    [Fact]
    public async Task When_Stripe_fails_to_refund_the_webhook_answers_500_and_the_redelivery_finishes_the_refund()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var session = fixture.Stripe.SessionFor(orderId)!;

        // The buyer cancels while paying; the payment then arrives and is due back.
        using (var cancelled = await buyer.Http.PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { reason = "不想要了" }))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        var payload = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(session.Id));
        fixture.Stripe.FailNextRefunds(10);
        using var client = host.CreateClient();
        using (var failed = await StripeWebhookSigner.SendAsync(client, payload))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.True((await OrdersFixture.ViewAsync(host, orderId)).RefundDue);
        fixture.Stripe.FailNextRefunds(0);
        await SendAsync(payload);
        Assert.Equal(OrderStatus.Refunded, (await OrdersFixture.ViewAsync(host, orderId)).Status);
        Assert.Single(fixture.Stripe.Refunds, r => r.OrderId == orderId);
    }

    [Fact]
    public async Task A_workshop_cancelling_a_paid_card_order_refunds_it_through_Stripe()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        await WebhookAsync(Completed, fixture.Stripe.Pay(fixture.Stripe.SessionFor(orderId)!.Id));

        // The buyer may not cancel a paid card order; the workshop may, and the payment goes back.
        await ProblemAssertions.AssertProblemAsync(await buyer.Http.PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { }), HttpStatusCode.Conflict, "order.cannot_cancel");
        using var cancelled = await shop.Admin.Http.PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { reason = "材料不足" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Refunded", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(fixture.Stripe.Refunds, r => r.OrderId == orderId);
        Assert.Equal(0, (await host.Grains.GetGrain<IProductGrain>(shop.ProductId).GetStock()).Sold);
    }

    public static TheoryData<string> BadSignatures => new()
    {
        "wrong-secret",
        "old",
        "missing",
        "garbage",
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task A_webhook_with_a_bad_or_old_signature_is_refused_and_changes_nothing(string kind)
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var payload = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(fixture.Stripe.SessionFor(orderId)!.Id));
        var signature = kind switch
        {
            "wrong-secret" => StripeWebhookSigner.Sign(payload, "whsec_someone_else"),
            "old" => StripeWebhookSigner.Sign(payload, at: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "missing" => "",
            _ => "t=1,v1=0000",
        };
        var before = await OrdersFixture.ViewAsync(host, orderId);

        using var client = host.CreateClient();
        await ProblemAssertions.AssertProblemAsync(await StripeWebhookSigner.SendAsync(client, payload, signature), HttpStatusCode.BadRequest, "payment.bad_signature");
        var after = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((OrderStatus.PendingPayment, before.Version), (after.Status, after.Version));
    }

    [Fact]
    public async Task A_signed_body_changed_afterwards_is_refused()
    {
        var host = fixture.WithStripe;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var session = fixture.Stripe.SessionFor(orderId)!;
        var unpaid = StripeStandIn.EventFor(Completed, fixture.Stripe.CompleteUnpaid(session.Id));
        var forged = unpaid.Replace("\"unpaid\"", "\"paid\"", StringComparison.Ordinal);

        using var client = host.CreateClient();
        await ProblemAssertions.AssertProblemAsync(await StripeWebhookSigner.SendAsync(client, forged, StripeWebhookSigner.Sign(unpaid)), HttpStatusCode.BadRequest, "payment.bad_signature");
        Assert.Equal(OrderStatus.PendingPayment, (await OrdersFixture.ViewAsync(host, orderId)).Status);
    }

    [Fact]
    public async Task Unknown_events_and_unknown_orders_are_acknowledged_and_an_oversized_body_is_refused()
    {
        var host = fixture.WithStripe;
        using var client = host.CreateClient();
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = await PlaceAsync(buyer, shop);
        var session = fixture.Stripe.SessionFor(orderId)!;

        using (var unknownType = await StripeWebhookSigner.SendAsync(client, StripeStandIn.EventFor("checkout.session.something_new", session)))
        {
            Assert.Equal(HttpStatusCode.OK, unknownType.StatusCode);
        }

        var strangerOrder = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(session.Id)).Replace(orderId, OrderIds.New(), StringComparison.Ordinal);
        using (var unknownOrder = await StripeWebhookSigner.SendAsync(client, strangerOrder))
        {
            Assert.Equal(HttpStatusCode.OK, unknownOrder.StatusCode);
        }

        // Another order's paid session, signed, but naming this order: not this order's payment.
        var otherOrderId = await PlaceAsync(buyer, shop);
        var otherSession = fixture.Stripe.SessionFor(otherOrderId)!;
        var foreign = StripeStandIn.EventFor(Completed, fixture.Stripe.Pay(otherSession.Id)).Replace(otherOrderId, orderId, StringComparison.Ordinal);
        using (var foreignSession = await StripeWebhookSigner.SendAsync(client, foreign))
        {
            Assert.Equal(HttpStatusCode.OK, foreignSession.StatusCode);
        }

        Assert.Equal(OrderStatus.PendingPayment, (await OrdersFixture.ViewAsync(host, orderId)).Status);
        Assert.Equal(OrderStatus.PendingPayment, (await OrdersFixture.ViewAsync(host, otherOrderId)).Status);
        var huge = "{\"padding\":\"" + new string('x', 70_000) + "\"}";
        await ProblemAssertions.AssertProblemAsync(await StripeWebhookSigner.SendAsync(client, huge), HttpStatusCode.RequestEntityTooLarge, "payment.webhook_too_large");
    }

    [Fact]
    public async Task Without_Stripe_keys_the_webhook_does_not_exist()
    {
        using var client = fixture.OnDelivery.CreateClient();
        await ProblemAssertions.AssertProblemAsync(await StripeWebhookSigner.SendAsync(client, "{}"), HttpStatusCode.NotFound, "payment.stripe_not_configured");
    }

    private static async Task<string> PlaceAsync(Organisations.SignedIn buyer, Shop shop) =>
        (await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId))).GetProperty("order").GetProperty("orderId").GetString()!;

    private Task WebhookAsync(string type, StripeSession session) => SendAsync(StripeStandIn.EventFor(type, session));

    private async Task SendAsync(string payload)
    {
        using var client = fixture.WithStripe.CreateClient();
        using var response = await StripeWebhookSigner.SendAsync(client, payload);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"webhook: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
