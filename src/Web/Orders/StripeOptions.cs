namespace LiveFair.Web.Orders;

/// <summary>
/// The "Stripe" configuration section. Card, Alipay and WeChat Pay through Stripe Checkout are offered only when
/// both keys are set; with neither, orders are paid on delivery (货到付款). One key without the other stops the
/// app at start, so a half-configured site never silently falls back.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";

    /// <summary>The secret API key (<c>sk_…</c> or a restricted <c>rk_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the webhook endpoint (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where Stripe's API is; empty for Stripe itself. Tests and local runs point it at a stand-in on loopback.</summary>
    public string? ApiBase { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
