using LiveFair.Silo.Orders;

namespace LiveFair.Web.Orders;

/// <summary>What a workshop's sales came to, net of cancellations and refunds, in fen, from the sale ledger.</summary>
public sealed record SalesSummary
{
    public required string WorkshopId { get; init; }
    public int Orders { get; init; }
    public int ItemsSold { get; init; }
    public long TotalFen { get; init; }

    /// <summary>The makers' earnings, largest first, named as the workshop keeps them.</summary>
    public IReadOnlyList<MakerEarningsLine> Makers { get; init; } = [];

    public long CharityFen { get; init; }
    public IReadOnlyList<CharityTotal> Charities { get; init; } = [];
    public long MaterialsFen { get; init; }
    public long PlatformFeeFen { get; init; }
    public long PaymentFeeFen { get; init; }
}

/// <summary>
/// One maker's earnings. <see cref="MakerId"/> is null for the makers' share of products that name no maker;
/// <see cref="DisplayName"/> is null for such a share and for an id the workshop no longer knows.
/// </summary>
public sealed record MakerEarningsLine(string? MakerId, string? DisplayName, bool Removed, long AmountFen);
