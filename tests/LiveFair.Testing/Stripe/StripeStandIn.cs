using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFair.Testing.Stripe;

/// <summary>
/// Stripe's API as LiveFair uses it, on a real Kestrel bound to loopback: POST /v1/checkout/sessions (the form
/// body Stripe.net sends), GET /v1/checkout/sessions/{id} and POST /v1/refunds, answering Stripe's JSON and
/// honouring Idempotency-Key as Stripe does (the same key answers the first response again). Every request is
/// recorded. <see cref="Pay"/>, <see cref="Expire"/> and the other state changes stand for what the buyer does on
/// Stripe's page; <see cref="EventFor"/> and <see cref="StripeWebhookSigner"/> make the webhook Stripe would send.
/// </summary>
public sealed class StripeStandIn : IAsyncDisposable
{
    public const string SecretKey = "sk_test_livefair_stand_in";
    public const string WebhookSecret = "whsec_livefair_stand_in";

    private readonly ConcurrentQueue<StripeRequest> _requests = new();
    private readonly ConcurrentDictionary<string, StripeSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StripeRefund> _refunds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Path, string Parameters, int Status, string Body)> _idempotent = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _failRefunds;
    private WebApplication? _app;

    private StripeStandIn()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<StripeRequest> Requests => [.. _requests];

    public IReadOnlyList<StripeSession> Sessions => [.. _sessions.Values.OrderBy(session => session.Created)];

    public IReadOnlyList<StripeRefund> Refunds => [.. _refunds.Values];

    /// <summary>The settings that point a LiveFair host at this stand-in.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = SecretKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = BaseAddress.AbsoluteUri.TrimEnd('/'),
    };

    public static async Task<StripeStandIn> StartAsync()
    {
        var standIn = new StripeStandIn();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/checkout/sessions", standIn.CreateSessionAsync);
        app.MapGet("/v1/checkout/sessions/{id}", standIn.GetSession);
        app.MapPost("/v1/refunds", standIn.CreateRefundAsync);
        app.MapGet("/v1/refunds", standIn.ListRefunds);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        standIn._app = app;
        return standIn;
    }

    /// <summary>The session made for <paramref name="orderId"/>, if any.</summary>
    public StripeSession? SessionFor(string orderId) => _sessions.Values.FirstOrDefault(session => session.OrderId == orderId);

    /// <summary>The buyer paid by card: the session is complete and paid, with a payment intent.</summary>
    public StripeSession Pay(string sessionId) =>
        Change(sessionId, session => session with { Status = "complete", PaymentStatus = "paid", PaymentIntentId = session.PaymentIntentId ?? NewId("pi") });

    /// <summary>The buyer chose a delayed method (e.g. a bank redirect): complete but unpaid until async_payment_* follows.</summary>
    public StripeSession CompleteUnpaid(string sessionId) =>
        Change(sessionId, session => session with { Status = "complete", PaymentStatus = "unpaid", PaymentIntentId = session.PaymentIntentId ?? NewId("pi") });

    public StripeSession Expire(string sessionId) => Change(sessionId, session => session with { Status = "expired" });

    /// <summary>The next <paramref name="count"/> refund requests answer 500 as an outage would.</summary>
    public void FailNextRefunds(int count) => Interlocked.Exchange(ref _failRefunds, count);

    /// <summary>The event Stripe would send for <paramref name="session"/> as it stands, as its JSON body.</summary>
    public static string EventFor(string type, StripeSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = NewId("evt"),
            ["object"] = "event",
            ["api_version"] = global::Stripe.StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new Dictionary<string, object?> { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
            ["data"] = new Dictionary<string, object?> { ["object"] = SessionJson(session) },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _gate.Dispose();
    }

    private StripeSession Change(string sessionId, Func<StripeSession, StripeSession> change)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            throw new InvalidOperationException($"The stand-in made no session {sessionId}.");
        }

        var changed = change(session);
        _sessions[sessionId] = changed;
        return changed;
    }

    private async Task CreateSessionAsync(HttpContext context)
    {
        var form = await RecordAsync(context);
        if (form is null)
        {
            return;
        }

        await AnswerOnceAsync(context, () =>
        {
            if (!form.TryGetValue("mode", out var mode) || mode != "payment" || !form.ContainsKey("line_items[0][price_data][unit_amount]"))
            {
                return Error(400, "Missing required param: line_items or mode.");
            }

            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var expiresAt = form.TryGetValue("expires_at", out var expires) ? long.Parse(expires, CultureInfo.InvariantCulture) : now + 86_400;
            if (expiresAt < now + 1_800 - 60 || expiresAt > now + 86_400)
            {
                return Error(400, "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
            }

            var id = NewId("cs_test");
            var session = new StripeSession
            {
                Id = id,
                Url = new Uri(BaseAddress, "/c/pay/" + id).AbsoluteUri,
                Form = form,
                Created = now,
                ExpiresAt = expiresAt,
            };
            _sessions[id] = session;
            return (200, JsonSerializer.Serialize(SessionJson(session)));
        });
    }

    private IResult GetSession(HttpContext context, string id)
    {
        _requests.Enqueue(new StripeRequest("GET", context.Request.Path, null, new Dictionary<string, string>(), IsAuthorised(context)));
        if (!IsAuthorised(context))
        {
            return Json(Error(401, "Invalid API Key provided."));
        }

        return Json(_sessions.TryGetValue(id, out var session)
            ? (200, JsonSerializer.Serialize(SessionJson(session)))
            : Error(404, $"No such checkout.session: '{id}'"));
    }

    private async Task CreateRefundAsync(HttpContext context)
    {
        var form = await RecordAsync(context);
        if (form is null)
        {
            return;
        }

        if (Interlocked.Decrement(ref _failRefunds) >= 0)
        {
            // An outage is not remembered under the idempotency key: Stripe lets the retry through.
            await WriteAsync(context, Error(500, "An unknown error occurred."));
            return;
        }

        await AnswerOnceAsync(context, () =>
        {
            var paymentIntent = form.GetValueOrDefault("payment_intent");
            var session = _sessions.Values.FirstOrDefault(s => s.PaymentIntentId is not null && s.PaymentIntentId == paymentIntent && s.PaymentStatus == "paid");
            if (session is null)
            {
                return Error(400, $"No such payment_intent: '{paymentIntent}'");
            }

            if (_refunds.Values.Any(refund => refund.PaymentIntentId == paymentIntent))
            {
                return Error(400, $"Charge for payment_intent {paymentIntent} has already been refunded.", "charge_already_refunded");
            }

            var refund = new StripeRefund(NewId("re"), paymentIntent!, session.AmountTotal, form.GetValueOrDefault("metadata[order_id]"));
            _refunds[refund.Id] = refund;
            return (200, JsonSerializer.Serialize(RefundJson(refund)));
        });
    }

    /// <summary>GET /v1/refunds?payment_intent=…: Stripe's list object with the payment intent's refunds.</summary>
    private IResult ListRefunds(HttpContext context)
    {
        var authorised = IsAuthorised(context);
        _requests.Enqueue(new StripeRequest(context.Request.Method, context.Request.Path, null, new Dictionary<string, string>(StringComparer.Ordinal), authorised));
        if (!authorised)
        {
            return Json(Error(401, "Invalid API Key provided."));
        }

        var paymentIntent = context.Request.Query["payment_intent"].ToString();
        var data = _refunds.Values.Where(r => r.PaymentIntentId == paymentIntent).Select(RefundJson).ToList();
        return Json((200, JsonSerializer.Serialize(new Dictionary<string, object?> { ["object"] = "list", ["url"] = "/v1/refunds", ["has_more"] = false, ["data"] = data })));
    }

    /// <summary>Stripe keeps idempotency keys for 24 hours; this is that day passing, for a retry that comes later.</summary>
    public void ForgetIdempotencyKeys() => _idempotent.Clear();

    private static Dictionary<string, object?> RefundJson(StripeRefund refund) => new()
    {
        ["id"] = refund.Id,
        ["object"] = "refund",
        ["amount"] = refund.Amount,
        ["currency"] = "cny",
        ["payment_intent"] = refund.PaymentIntentId,
        ["status"] = "succeeded",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["metadata"] = new Dictionary<string, string?> { ["order_id"] = refund.OrderId },
    };

    /// <summary>Records the request; answers 401 and returns null when it does not carry the secret key.</summary>
    private async Task<Dictionary<string, string>?> RecordAsync(HttpContext context)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.Request.HasFormContentType)
        {
            foreach (var (name, value) in await context.Request.ReadFormAsync())
            {
                form[name] = value.ToString();
            }
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        _requests.Enqueue(new StripeRequest(context.Request.Method, context.Request.Path, key.Length == 0 ? null : key, form, IsAuthorised(context)));
        if (!IsAuthorised(context))
        {
            await WriteAsync(context, Error(401, "Invalid API Key provided."));
            return null;
        }

        return form;
    }

    /// <summary>
    /// Stripe's idempotency: a key seen before gets the first answer again, but only for the same endpoint and the same
    /// parameters; anything else is refused as Stripe refuses it, so a client that varies a retry's body is caught here.
    /// </summary>
    private async Task AnswerOnceAsync(HttpContext context, Func<(int Status, string Body)> answer)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        (int Status, string Body) response;
        await _gate.WaitAsync();
        try
        {
            var parameters = context.Request.HasFormContentType
                ? string.Join('&', context.Request.Form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value))
                : "";
            if (key.Length > 0 && _idempotent.TryGetValue(key, out var first))
            {
                response = first.Path != context.Request.Path
                    ? Error(400, "Keys for idempotent requests can only be used for the same endpoint they were first used for.")
                    : first.Parameters != parameters
                        ? Error(400, "Keys for idempotent requests can only be used with the same parameters they were first used with.")
                        : (first.Status, first.Body);
                context.Response.Headers["Idempotent-Replayed"] = "true";
            }
            else
            {
                response = answer();
                if (key.Length > 0)
                {
                    _idempotent[key] = (context.Request.Path, parameters, response.Status, response.Body);
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        await WriteAsync(context, response);
    }

    private static bool IsAuthorised(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() == "Bearer " + SecretKey;

    private static Dictionary<string, object?> SessionJson(StripeSession session) => new()
    {
        ["id"] = session.Id,
        ["object"] = "checkout.session",
        ["mode"] = "payment",
        ["url"] = session.Status == "open" ? session.Url : null,
        ["status"] = session.Status,
        ["payment_status"] = session.PaymentStatus,
        ["payment_intent"] = session.PaymentIntentId,
        ["client_reference_id"] = session.Form.GetValueOrDefault("client_reference_id"),
        ["metadata"] = session.Form
            .Where(field => field.Key.StartsWith("metadata[", StringComparison.Ordinal))
            .ToDictionary(field => field.Key["metadata[".Length..^1], field => field.Value),
        ["currency"] = session.Form.GetValueOrDefault("line_items[0][price_data][currency]"),
        ["amount_total"] = session.AmountTotal,
        ["created"] = session.Created,
        ["expires_at"] = session.ExpiresAt,
        ["success_url"] = session.Form.GetValueOrDefault("success_url"),
        ["cancel_url"] = session.Form.GetValueOrDefault("cancel_url"),
        ["livemode"] = false,
    };

    private static (int Status, string Body) Error(int status, string message, string? code = null) =>
        (status, JsonSerializer.Serialize(new { error = new { type = status == 401 ? "invalid_request_error" : status >= 500 ? "api_error" : "invalid_request_error", code, message } }));

    private static IResult Json((int Status, string Body) response) =>
        Results.Content(response.Body, "application/json", System.Text.Encoding.UTF8, response.Status);

    private static async Task WriteAsync(HttpContext context, (int Status, string Body) response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    private static string NewId(string prefix) => prefix + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
