namespace LiveFair.Silo.Orders;

/// <summary>Bound from the <c>Orders</c> configuration section.</summary>
public sealed class OrderOptions
{
    public const string SectionName = "Orders";

    /// <summary>How often an order tries again what it could not tell the ledger, the room, the product or the index.</summary>
    public TimeSpan EffectRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    public string? Problem() =>
        EffectRetryInterval <= TimeSpan.Zero ? "Orders:EffectRetryInterval must be positive." : null;
}
