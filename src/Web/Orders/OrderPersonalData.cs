using LiveFair.Contracts.Orders;
using LiveFair.Contracts.People;
using LiveFair.Silo.Orders;
using LiveFair.Web.People;

namespace LiveFair.Web.Orders;

/// <summary>
/// A buyer's orders hold their shipping address, phone and ticker nickname. "Download my data" lists the orders
/// as the buyer sees them; deleting the account anonymises each one: the address, nickname and buyer go, while
/// the order, its amounts and its ledger lines stay for the workshop's books.
/// </summary>
internal sealed class OrderPersonalData(IGrainFactory grains, OrderIndex index) : IPersonalDataHolder
{
    public string Section => "orders";

    public async Task<object?> ExportAsync(string personId, PersonExport person, CancellationToken cancellationToken)
    {
        var orders = await index.ListByBuyerAsync(personId, cancellationToken);
        return orders.Count == 0 ? null : orders;
    }

    public async Task EraseAsync(string personId, PersonErasure plan, CancellationToken cancellationToken)
    {
        foreach (var orderId in await index.ListOrderIdsByBuyerAsync(personId, cancellationToken))
        {
            await grains.GetGrain<IOrderGrain>(orderId).Anonymise();
        }
    }
}
