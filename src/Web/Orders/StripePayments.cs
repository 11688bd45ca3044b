using LiveFair.Contracts.Orders;
using Microsoft.Extensions.Options;
using Stripe;
using PaymentMethod = LiveFair.Contracts.Orders.PaymentMethod;
using Stripe.Checkout;

namespace LiveFair.Web.Orders;

/// <summary>
/// The Stripe adapter: Checkout Sessions for card, Alipay and WeChat Pay, and refunds. Both calls carry an
/// idempotency key derived from the order id, so a retried request (by the buyer, by Stripe.net's own retries or
/// by a webhook delivered again) never makes a second session or a second refund.
/// <para>
/// Late payments. The product holds the items for 15 minutes, but Stripe will not let a Checkout Session expire
/// sooner than 30 minutes after it was made (sessions here expire an hour after the order was placed), so a buyer can
/// pay after the reservation lapsed.
/// Such a payment is honoured when the stock is still there (the order is paid as usual); when the items have
/// gone to other buyers the order becomes <see cref="OrderView.RefundDue"/>, the webhook refunds the whole
/// payment at once and the order ends Refunded. The buyer's receipt says which happened.
/// </para>
/// </summary>
public sealed class StripePayments
{
    /// <summary>
    /// Counted from when the order was placed, not from each request: Stripe refuses a reused idempotency key whose
    /// parameters differ, so a retried checkout must send exactly the same expiry. An hour leaves a retry within the
    /// first 30 minutes inside Stripe's window (at least 30 minutes ahead); the reservation itself is shorter (see the
    /// class remarks).
    /// </summary>
    public static readonly TimeSpan CheckoutLifetime = TimeSpan.FromHours(1);

    private readonly StripeOptions _options;
    private readonly Lazy<StripeClient> _client;

    public StripePayments(IOptions<StripeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _client = new Lazy<StripeClient>(() => new StripeClient(new StripeClientOptions
        {
            ApiKey = _options.SecretKey,
            ApiBase = string.IsNullOrWhiteSpace(_options.ApiBase) ? null : _options.ApiBase.TrimEnd('/'),
        }));
    }

    /// <summary>Whether orders are paid through Stripe; otherwise on delivery.</summary>
    public bool IsConfigured => _options.IsConfigured;

    public PaymentMethod Method => IsConfigured ? PaymentMethod.Stripe : PaymentMethod.PayOnDelivery;

    internal string WebhookSecret => _options.WebhookSecret ?? throw NotConfigured();

    /// <summary>The Checkout Session for a pending card order; asking again for the same order returns the same session.</summary>
    public async Task<CheckoutSession> CreateCheckoutAsync(OrderView order, Uri successUrl, Uri cancelUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(successUrl);
        ArgumentNullException.ThrowIfNull(cancelUrl);
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = order.OrderId,
            Metadata = new Dictionary<string, string> { ["order_id"] = order.OrderId },
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                Metadata = new Dictionary<string, string> { ["order_id"] = order.OrderId },
            },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = order.Quantity,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "cny",
                        UnitAmount = order.PriceFen,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = order.ProductTitle },
                    },
                },
            ],

            // Stripe.net 53 (API 2026-10-28.endive) offers the methods through allowed_payment_method_types.
            AllowedPaymentMethodTypes = ["card", "alipay", "wechat_pay"],
            PaymentMethodOptions = new SessionPaymentMethodOptionsOptions
            {
                WechatPay = new SessionPaymentMethodOptionsWechatPayOptions { Client = "web" },
            },
            Locale = "auto",
            ExpiresAt = order.PlacedAt.UtcDateTime.Add(CheckoutLifetime),
            SuccessUrl = successUrl.AbsoluteUri,
            CancelUrl = cancelUrl.AbsoluteUri,
        };
        var session = await new SessionService(Client).CreateAsync(
            options, new RequestOptions { IdempotencyKey = order.OrderId }, cancellationToken);
        return new CheckoutSession
        {
            SessionId = session.Id,
            Url = session.Url,
            ExpiresAt = session.ExpiresAt == default ? null : new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)),
        };
    }

    /// <summary>Gives the whole payment of <paramref name="order"/> back; the refund's id. One refund per order, however often asked.</summary>
    public async Task<string> RefundAsync(OrderView order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var paymentIntent = order.PaymentReference;
        if (string.IsNullOrEmpty(paymentIntent) || !paymentIntent.StartsWith("pi_", StringComparison.Ordinal))
        {
            // The order was paid but did not learn its payment intent: the session knows it.
            var sessionId = order.Checkout?.SessionId ?? throw new InvalidOperationException($"Order {order.OrderId} has no Stripe payment to refund.");
            var session = await new SessionService(Client).GetAsync(sessionId, cancellationToken: cancellationToken);
            paymentIntent = session.PaymentIntentId ?? throw new InvalidOperationException($"Checkout session of order {order.OrderId} has no payment.");
        }

        var refunds = new RefundService(Client);
        try
        {
            var refund = await refunds.CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = paymentIntent,
                    Metadata = new Dictionary<string, string> { ["order_id"] = order.OrderId },
                },
                new RequestOptions { IdempotencyKey = "refund-" + order.OrderId },
                cancellationToken);
            return refund.Id;
        }
        catch (StripeException exception) when (exception.StripeError?.Code == "charge_already_refunded")
        {
            // Stripe forgets idempotency keys after 24 hours, and webhooks are retried for days: a refund made then,
            // whose recording failed, is found again instead of failing every redelivery.
            var made = await refunds.ListAsync(new RefundListOptions { PaymentIntent = paymentIntent }, cancellationToken: cancellationToken);
            var existing = made.Data.FirstOrDefault(r => r.Status is "succeeded" or "pending");
            if (existing is null)
            {
                throw;
            }

            return existing.Id;
        }
    }

    private StripeClient Client => IsConfigured ? _client.Value : throw NotConfigured();

    private static InvalidOperationException NotConfigured() => new("Stripe is not configured; orders are paid on delivery.");
}
