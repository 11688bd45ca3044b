using Stripe;

namespace LiveFair.Testing.Stripe;

/// <summary>
/// Signs webhook bodies as Stripe does, with Stripe.net's own signature code
/// (<see cref="EventUtility.GenerateSignatureHeader"/>), so the endpoint checks them exactly as it checks Stripe's.
/// </summary>
public static class StripeWebhookSigner
{
    public const string Path = "/api/payments/stripe/webhook";

    /// <summary>The Stripe-Signature header for <paramref name="payload"/> signed now (or at <paramref name="at"/>).</summary>
    public static string Sign(string payload, string secret = StripeStandIn.WebhookSecret, DateTimeOffset? at = null) =>
        EventUtility.GenerateSignatureHeader(payload, secret, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds());

    /// <summary>Posts <paramref name="payload"/> to LiveFair's webhook with <paramref name="signature"/> (a valid one by default).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string payload, string? signature = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? Sign(payload));
        return await client.SendAsync(request);
    }
}
