namespace LiveFair.Testing.Stripe;

/// <summary>A refund the stand-in made.</summary>
public sealed record StripeRefund(string Id, string PaymentIntentId, long Amount, string? OrderId);
