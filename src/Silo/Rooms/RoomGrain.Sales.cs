using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;

namespace LiveFair.Silo.Rooms;

/// <summary>The charity sale's ticker, running totals and the pinned product's live stock.</summary>
public sealed partial class RoomGrain
{
    /// <summary>Ticker lines a late viewer sees; older ones stay only in the totals.</summary>
    private const int RecentSalesKept = 10;

    public async Task<RoomEvent?> PublishSale(SaleAnnouncement sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        EnsureExists();
        if (State.Details!.Kind != RoomKind.CharitySale)
        {
            throw RoomErrors.Invalid("room.not_a_sale", "Only charity sale rooms announce sales.");
        }

        if (sale.Quantity < 1 || sale.TotalFen < 0 || sale.CharityFen < 0 || sale.MakersFen < 0)
        {
            throw RoomErrors.Invalid("room.invalid_sale", "A sale has at least one item and no negative amount.");
        }

        if (State.CountedSales.ContainsKey(sale.OrderId))
        {
            return null;
        }

        var tick = new SaleTick
        {
            ProductId = sale.ProductId,
            ProductTitle = sale.ProductTitle,
            Quantity = sale.Quantity,
            City = sale.City,
            Nickname = sale.Nickname,
            At = _time.GetUtcNow(),
        };
        var previousTotals = State.SaleTotals;
        State.CountedSales[sale.OrderId] = new CountedSale(sale.Quantity, sale.TotalFen, sale.CharityFen, sale.MakersFen);
        State.SaleTotals = previousTotals with
        {
            Orders = previousTotals.Orders + 1,
            ItemsSold = previousTotals.ItemsSold + sale.Quantity,
            TotalFen = previousTotals.TotalFen + sale.TotalFen,
            RaisedForCharityFen = previousTotals.RaisedForCharityFen + sale.CharityFen,
            EarnedByMakersFen = previousTotals.EarnedByMakersFen + sale.MakersFen,
        };
        var recent = new RecentSale(sale.OrderId, tick);
        State.RecentSales.Add(recent);
        var dropped = State.RecentSales.Count > RecentSalesKept ? State.RecentSales[0] : null;
        if (dropped is not null)
        {
            State.RecentSales.RemoveAt(0);
        }

        await PersistAsync(rollback: () =>
        {
            State.CountedSales.Remove(sale.OrderId);
            State.SaleTotals = previousTotals;
            State.RecentSales.Remove(recent);
            if (dropped is not null)
            {
                State.RecentSales.Insert(0, dropped);
            }
        });
        return Publish(RoomEventKind.SaleConfirmed, sale: tick, saleTotals: State.SaleTotals);
    }

    public async Task<RoomEvent?> RetractSale(string orderId)
    {
        EnsureExists();
        if (!State.CountedSales.TryGetValue(orderId, out var counted) || counted.Retracted)
        {
            return null;
        }

        var previousTotals = State.SaleTotals;
        var previousRecent = State.RecentSales.ToList();
        State.RecentSales.RemoveAll(r => r.OrderId == orderId);
        State.CountedSales[orderId] = counted with { Retracted = true };
        State.SaleTotals = previousTotals with
        {
            Orders = previousTotals.Orders - 1,
            ItemsSold = previousTotals.ItemsSold - counted.Items,
            TotalFen = previousTotals.TotalFen - counted.TotalFen,
            RaisedForCharityFen = previousTotals.RaisedForCharityFen - counted.CharityFen,
            EarnedByMakersFen = previousTotals.EarnedByMakersFen - counted.MakersFen,
        };
        await PersistAsync(rollback: () => (State.CountedSales[orderId], State.SaleTotals, State.RecentSales) = (counted, previousTotals, previousRecent));
        return Publish(RoomEventKind.SaleTotalsChanged, saleTotals: State.SaleTotals);
    }

    public async Task ForgetSaleBuyer(string orderId)
    {
        EnsureExists();
        var index = State.RecentSales.FindIndex(r => r.OrderId == orderId);
        if (index < 0 || State.RecentSales[index].Tick.Nickname is null)
        {
            return;
        }

        var previous = State.RecentSales[index];
        State.RecentSales[index] = previous with { Tick = previous.Tick with { Nickname = null } };
        await PersistAsync(rollback: () => State.RecentSales[index] = previous);
    }

    public async Task<RoomEvent?> PublishStock(ProductStock stock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        EnsureExists();
        if (State.Pin?.Product is not { } pinned || pinned.ProductId != stock.ProductId || State.Status == RoomStatus.Ended)
        {
            return null;
        }

        // Not persisted on its own: after a restart the room asks the product (see RefreshPinnedStockAsync).
        State.Pin = State.Pin with { Product = pinned with { Stock = stock.Stock } };
        await EnsureSequenceReservedAsync();
        return Publish(RoomEventKind.StockChanged, stock: stock);
    }

    /// <summary>The pinned card's stock as the product has it now; the persisted pin may hold counts from before a restart.</summary>
    private async Task RefreshPinnedStockAsync()
    {
        if (State.Pin?.Product is not { } pinned)
        {
            return;
        }

        try
        {
            // GetStock interleaves, so this cannot wait on a product that is itself waiting on this room.
            var stock = await GrainFactory.GetGrain<IProductGrain>(pinned.ProductId).GetStock();
            State.Pin = State.Pin with { Product = pinned with { Stock = stock } };
        }
        catch (Exception exception) when (exception is Contracts.Common.DomainException or TimeoutException)
        {
            LogPinnedStockStale(exception, RoomId);
        }
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Room {RoomId} could not read its pinned product's stock; the card shows the last known counts")]
    private partial void LogPinnedStockStale(Exception exception, string roomId);
}
