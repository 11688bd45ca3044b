namespace LiveFair.Contracts.Sales;

/// <summary>
/// Where the money of one sale goes, in fen (1/100 yuan), for ONE item. The parts must add up exactly to
/// the product's price; buyers see the split on the card and on their receipt, and the ledger records it.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.SaleSplit")]
public sealed record SaleSplit
{
    /// <summary>The makers' wage; shared between the product's makers by <see cref="LedgerLines"/>.</summary>
    [Id(0)] public long MakerShare { get; init; }

    [Id(1)] public long CharityShare { get; init; }

    /// <summary>The charity that receives <see cref="CharityShare"/>; required when that share is above zero.</summary>
    [Id(2)] public string CharityName { get; init; } = "";

    [Id(3)] public long Materials { get; init; }
    [Id(4)] public long PlatformFee { get; init; }
    [Id(5)] public long PaymentFee { get; init; }
}
