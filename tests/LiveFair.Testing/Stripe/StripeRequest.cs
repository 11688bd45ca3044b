namespace LiveFair.Testing.Stripe;

/// <summary>One request the Stripe stand-in received: its form fields as Stripe.net encoded them (<c>line_items[0][quantity]</c>…).</summary>
public sealed record StripeRequest(
    string Method,
    string Path,
    string? IdempotencyKey,
    IReadOnlyDictionary<string, string> Form,
    bool Authorised);
