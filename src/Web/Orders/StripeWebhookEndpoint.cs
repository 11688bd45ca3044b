using System.Text;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using Stripe;
using Stripe.Checkout;

namespace LiveFair.Web.Orders;

/// <summary>
/// Stripe's webhook. Only a body signed with the endpoint's secret within Stripe.net's 300-second tolerance is
/// read; anything else is a 400 that changes nothing. Every event is applied through the order grain, whose
/// payment callbacks are idempotent and safe in any order, so Stripe's redeliveries and its unordered delivery
/// end in the same state. A payment that is due back (paid after the items went to others, or cancelled) is
/// refunded before answering; if Stripe refuses, the answer is 500 and Stripe delivers the event again.
/// </summary>
internal static partial class StripeWebhookEndpoint
{
    /// <summary>Checkout events are a few kilobytes; far more is not Stripe.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string Path = "/api/payments/stripe/webhook";

    public static WebApplication MapStripeWebhook(this WebApplication app)
    {
        app.MapPost(Path, HandleAsync)
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's checkout events (signed with the endpoint's secret)")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, StripePayments stripe, OrderPayments payments, IGrainFactory grains, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(StripeWebhookEndpoint).FullName!);
        if (!stripe.IsConfigured)
        {
            return Problem(StatusCodes.Status404NotFound, "payment.stripe_not_configured", "Not found", "This site takes no card payments.");
        }

        var json = await ReadBodyAsync(request, cancellationToken);
        if (json is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "payment.webhook_too_large", "Payload too large", $"A webhook body is at most {MaxBodyBytes} bytes.");
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, request.Headers["Stripe-Signature"].ToString(), stripe.WebhookSecret);
        }
        catch (StripeException exception)
        {
            LogRejected(logger, exception.Message);
            return Problem(StatusCodes.Status400BadRequest, "payment.bad_signature", "Bad signature", "The event is not signed with this endpoint's secret, or the signature is too old.");
        }

        if (stripeEvent.Data.Object is not Session session || !IsCheckoutEvent(stripeEvent.Type))
        {
            LogIgnored(logger, stripeEvent.Type, stripeEvent.Id);
            return Results.Ok();
        }

        var orderId = OrderIdOf(session);
        if (orderId is null)
        {
            LogUnknownOrder(logger, stripeEvent.Type, stripeEvent.Id, session.Id);
            return Results.Ok();
        }

        var order = grains.GetGrain<IOrderGrain>(orderId);
        OrderView view;
        try
        {
            // An id nobody placed must not become an order: ask first (NotFound for unknown ids).
            view = await order.GetView();
            if (!IsThisOrdersCheckout(session, view))
            {
                // The id is signed, but a payment for another session or amount (a Payment Link carrying someone's order
                // id, say) is not this order's payment; it is logged for the operator and changes nothing here.
                LogMismatch(logger, stripeEvent.Type, stripeEvent.Id, orderId, session.Id);
                return Results.Ok();
            }

            view = stripeEvent.Type switch
            {
                EventTypes.CheckoutSessionCompleted when session.PaymentStatus is "paid" or "no_payment_required" => await order.MarkPaid(PaymentReferenceOf(session)),
                EventTypes.CheckoutSessionCompleted => view, // An Alipay or WeChat Pay payment still on its way: async_payment_* follows.
                EventTypes.CheckoutSessionAsyncPaymentSucceeded => await order.MarkPaid(PaymentReferenceOf(session)),
                EventTypes.CheckoutSessionAsyncPaymentFailed => await order.MarkPaymentFailed(),
                EventTypes.CheckoutSessionExpired => await order.MarkCheckoutExpired(),
                _ => view,
            };
        }
        catch (DomainException refusal)
        {
            // Unknown order, or one this event can no longer change: telling Stripe to retry would not help.
            LogRefused(logger, stripeEvent.Type, stripeEvent.Id, orderId, refusal.Code);
            return Results.Ok();
        }

        await payments.SettleAsync(view, cancellationToken);
        LogApplied(logger, stripeEvent.Type, stripeEvent.Id, orderId);
        return Results.Ok();
    }

    /// <summary>
    /// The session LiveFair made for this order: the one the order recorded (or, if recording it failed, one for exactly
    /// the order's amount in yuan).
    /// </summary>
    private static bool IsThisOrdersCheckout(Session session, OrderView order) =>
        order.Checkout is { } checkout
            ? checkout.SessionId == session.Id
            : session.AmountTotal == order.TotalFen && string.Equals(session.Currency, "cny", StringComparison.OrdinalIgnoreCase);

    private static bool IsCheckoutEvent(string type) => type is EventTypes.CheckoutSessionCompleted
        or EventTypes.CheckoutSessionAsyncPaymentSucceeded
        or EventTypes.CheckoutSessionAsyncPaymentFailed
        or EventTypes.CheckoutSessionExpired;

    /// <summary>LiveFair puts the order id in both places; either will do, and it must look like an order id.</summary>
    private static string? OrderIdOf(Session session)
    {
        var id = session.Metadata is { } metadata && metadata.TryGetValue("order_id", out var fromMetadata) ? fromMetadata : session.ClientReferenceId;
        return OrderIds.IsValid(id) ? id : null;
    }

    /// <summary>The payment intent is what a refund needs; a session without one (never for mode payment) is named by itself.</summary>
    private static string PaymentReferenceOf(Session session) => session.PaymentIntentId ?? session.Id;

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/> (read no further than that).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(statusCode: status, type: type, title: title, detail: detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventType} {EventId} ignored: LiveFair does not act on it")]
    private static partial void LogIgnored(ILogger logger, string eventType, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventType} {EventId} names no LiveFair order (session {SessionId})")]
    private static partial void LogUnknownOrder(ILogger logger, string eventType, string eventId, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventType} {EventId} for order {OrderId} was refused: {Code}")]
    private static partial void LogRefused(ILogger logger, string eventType, string eventId, string orderId, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventType} {EventId} names order {OrderId} but is about session {SessionId}, not the order's checkout; ignored")]
    private static partial void LogMismatch(ILogger logger, string eventType, string eventId, string orderId, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe event {EventType} {EventId} applied to order {OrderId}")]
    private static partial void LogApplied(ILogger logger, string eventType, string eventId, string orderId);
}
