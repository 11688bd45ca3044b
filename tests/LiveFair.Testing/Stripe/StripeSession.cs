namespace LiveFair.Testing.Stripe;

/// <summary>A Checkout Session the stand-in made, as Stripe would report it now.</summary>
public sealed record StripeSession
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyDictionary<string, string> Form { get; init; }
    public required long Created { get; init; }
    public required long ExpiresAt { get; init; }

    /// <summary>open, complete or expired.</summary>
    public string Status { get; init; } = "open";

    /// <summary>unpaid or paid.</summary>
    public string PaymentStatus { get; init; } = "unpaid";

    public string? PaymentIntentId { get; init; }

    public string? OrderId => Form.GetValueOrDefault("metadata[order_id]");

    public long AmountTotal =>
        long.Parse(Form.GetValueOrDefault("line_items[0][price_data][unit_amount]", "0"), System.Globalization.CultureInfo.InvariantCulture)
        * long.Parse(Form.GetValueOrDefault("line_items[0][quantity]", "1"), System.Globalization.CultureInfo.InvariantCulture);
}
