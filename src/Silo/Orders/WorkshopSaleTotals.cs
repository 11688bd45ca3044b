namespace LiveFair.Silo.Orders;

/// <summary>What a workshop's sales came to, net of reversals, in fen.</summary>
public sealed record WorkshopSaleTotals
{
    /// <summary>Paid orders that were not cancelled or refunded.</summary>
    public int Orders { get; init; }

    public int ItemsSold { get; init; }
    public long TotalFen { get; init; }

    /// <summary>Per maker, by maker id; a null id is the makers' share of products that name no makers.</summary>
    public IReadOnlyList<MakerEarnings> Makers { get; init; } = [];

    /// <summary>Per charity, by the name the products gave.</summary>
    public IReadOnlyList<CharityTotal> Charities { get; init; } = [];

    public long MaterialsFen { get; init; }
    public long PlatformFeeFen { get; init; }
    public long PaymentFeeFen { get; init; }
}

public sealed record MakerEarnings(string? MakerId, long AmountFen);

public sealed record CharityTotal(string CharityName, long AmountFen);
