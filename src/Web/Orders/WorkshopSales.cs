using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Orders;

namespace LiveFair.Web.Orders;

/// <summary>A workshop's sales for its dashboard, the API and the CSV: the ledger's totals with the makers' names.</summary>
public sealed class WorkshopSales(IGrainFactory grains, SaleLedger ledger)
{
    /// <summary>For a manager already checked by <see cref="WorkshopSalesAccess"/>; the workshop grain checks again.</summary>
    public async Task<SalesSummary> SummaryAsync(string workshopId, string actorId, CancellationToken cancellationToken = default)
    {
        var totals = await ledger.GetWorkshopTotalsAsync(workshopId, cancellationToken);
        var makers = (await grains.GetGrain<IWorkshopGrain>(workshopId).GetMakers(actorId)).ToDictionary(maker => maker.MakerId, StringComparer.Ordinal);
        return new SalesSummary
        {
            WorkshopId = workshopId,
            Orders = totals.Orders,
            ItemsSold = totals.ItemsSold,
            TotalFen = totals.TotalFen,
            Makers =
            [
                .. totals.Makers
                    .Select(earned => earned.MakerId is { } id && makers.TryGetValue(id, out var maker)
                        ? new MakerEarningsLine(id, maker.DisplayName, maker.Removed, earned.AmountFen)
                        : new MakerEarningsLine(earned.MakerId, null, false, earned.AmountFen))
                    .OrderByDescending(line => line.AmountFen)
                    .ThenBy(line => line.DisplayName, StringComparer.Ordinal),
            ],
            CharityFen = totals.Charities.Sum(charity => charity.AmountFen),
            Charities = [.. totals.Charities.OrderByDescending(charity => charity.AmountFen)],
            MaterialsFen = totals.MaterialsFen,
            PlatformFeeFen = totals.PlatformFeeFen,
            PaymentFeeFen = totals.PaymentFeeFen,
        };
    }
}
