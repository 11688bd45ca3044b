using LiveFair.Contracts.Sales;

namespace LiveFair.Benchmarks;

/// <summary>One phase of the flash sale: every attempt answered, how fast, and whether the stock ever failed to add up.</summary>
internal sealed record FlashSalePhaseResult
{
    public required string Phase { get; init; }
    public required int Attempts { get; init; }
    public required int Accepted { get; init; }

    /// <summary>Refusals by problem code (product.sold_out, product.buyer_limit, …).</summary>
    public required IReadOnlyDictionary<string, int> Refused { get; init; }

    /// <summary>Answers that were neither an order nor a refusal with a code: these would be bugs.</summary>
    public required int Errors { get; init; }

    public IReadOnlyList<string> ErrorExamples { get; init; } = [];
    public required double Seconds { get; init; }
    public double DecisionsPerSecond => Attempts / Seconds;
    public required LatencySummary LatencyMs { get; init; }
    public required int Samples { get; init; }
    public required int BrokenSamples { get; init; }
    public StockLevel? FirstBrokenSample { get; init; }
    public required StockLevel FinalStock { get; init; }
    public required PhaseLoad Load { get; init; }
}

internal sealed record FlashSaleRunResult
{
    public required double AccountsSeconds { get; init; }
    public required double SignInSeconds { get; init; }
    public required FlashSalePhaseResult Baseline { get; init; }
    public required FlashSalePhaseResult Api { get; init; }

    /// <summary>The room's ticker totals after the API phase: every confirmed order announced once.</summary>
    public required SaleTotals RoomTotals { get; init; }

    public required IReadOnlyList<MemoryPoint> Memory { get; init; }

    public bool ExactlySold(int stock) =>
        Api.FinalStock.Sold == stock && Baseline.FinalStock.Sold == stock && RoomTotals.ItemsSold == stock;

    public bool InvariantHeld => Baseline.BrokenSamples == 0 && Api.BrokenSamples == 0;
}
