using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Orders;

/// <summary>
/// Telling others what changed, after the change is stored: each due effect is done once it succeeds, and what
/// fails stays due and is tried again on a timer (which keeps the order active meanwhile) and on activation.
/// </summary>
public sealed partial class OrderGrain
{
    /// <summary>The order effects are done in: stock first, the books before the ticker, the index last so it shows the outcome.</summary>
    private static readonly OrderEffects[] EffectOrder =
    [
        OrderEffects.ReleaseItems,
        OrderEffects.RestockItems,
        OrderEffects.LedgerSale,
        OrderEffects.LedgerReversal,
        OrderEffects.RoomSale,
        OrderEffects.RoomRetraction,
        OrderEffects.RoomForget,
        OrderEffects.Index,
    ];

    /// <summary>
    /// Adds <paramref name="added"/> to what is due. A retraction of a sale the room was never told of cancels both,
    /// so the ticker never shows a sale that is already undone. A reversal always follows its sale into the ledger,
    /// so the books show both.
    /// </summary>
    private static OrderEffects Combine(OrderEffects due, OrderEffects added)
    {
        if ((added & OrderEffects.RoomRetraction) != 0 && (due & OrderEffects.RoomSale) != 0)
        {
            return (due | added) & ~(OrderEffects.RoomSale | OrderEffects.RoomRetraction);
        }

        return due | added;
    }

    private async Task RunEffectsAsync()
    {
        foreach (var effect in EffectOrder)
        {
            if ((State.Due & effect) == 0 || !Ready(effect))
            {
                continue;
            }

            try
            {
                await RunAsync(effect, State.Order!);
                Done(effect);
            }
            catch (DomainException exception)
            {
                // A refusal is an answer, not an outage: asking again would be refused again.
                LogEffectRefused(OrderId, effect, exception.Code);
                Done(effect);
            }
            catch (Exception exception)
            {
                LogEffectFailed(exception, OrderId, effect);
            }
        }

        ScheduleRetry();
    }

    /// <summary>Reversal lines wait for the sale lines they cancel out.</summary>
    private bool Ready(OrderEffects effect) =>
        effect != OrderEffects.LedgerReversal || (State.Due & OrderEffects.LedgerSale) == 0;

    /// <summary>
    /// Only in memory: the next write stores it. Until then a crash means doing the effect again, which every
    /// effect allows (see <see cref="OrderEffects"/>).
    /// </summary>
    private void Done(OrderEffects effect) => State.Due &= ~effect;

    private async Task RunAsync(OrderEffects effect, OrderView order)
    {
        switch (effect)
        {
            case OrderEffects.ReleaseItems:
                try
                {
                    await Product.Release(OrderId);
                }
                catch (DomainException exception) when (exception.Code == "product.already_sold")
                {
                    // A payment confirmed the items before this order stored it; that payment's retry records the sale.
                    LogReleaseOfSold(OrderId);
                }

                break;
            case OrderEffects.RestockItems:
                await Product.Restock(OrderId);
                break;
            case OrderEffects.LedgerSale:
                await ledger.RecordAsync(order, LedgerEntry.Sale, order.PaidAt ?? time.GetUtcNow());
                break;
            case OrderEffects.LedgerReversal:
                await ledger.RecordAsync(order, LedgerEntry.Reversal, time.GetUtcNow());
                break;
            case OrderEffects.RoomSale:
                await Room(order).PublishSale(Announcement(order));
                break;
            case OrderEffects.RoomRetraction:
                await Room(order).RetractSale(OrderId);
                break;
            case OrderEffects.RoomForget:
                await Room(order).ForgetSaleBuyer(OrderId);
                break;
            case OrderEffects.Index:
                await index.UpsertAsync(order);
                break;
        }
    }

    private IRoomGrain Room(OrderView order) => GrainFactory.GetGrain<IRoomGrain>(order.RoomId!);

    /// <summary>What the ticker shows: the city and, if the buyer chose one, a nickname; never a name or an address.</summary>
    private static SaleAnnouncement Announcement(OrderView order)
    {
        var lines = LedgerLines.For(order.PriceFen, order.Split, order.Quantity, order.MakerIds);
        return new SaleAnnouncement
        {
            OrderId = order.OrderId,
            ProductId = order.ProductId,
            ProductTitle = order.ProductTitle,
            Quantity = order.Quantity,
            City = order.Shipping?.City ?? throw new InvalidOperationException("An order announced on the ticker has its shipping city."),
            Nickname = order.TickerNickname,
            TotalFen = order.TotalFen,
            CharityFen = lines.Where(l => l.Kind == LedgerLineKind.Charity).Sum(l => l.AmountFen),
            MakersFen = lines.Where(l => l.Kind == LedgerLineKind.Maker).Sum(l => l.AmountFen),
        };
    }

    /// <summary>A pay-on-delivery order is confirmed when it is placed; this is true only if that could not be done.</summary>
    private bool AwaitsConfirmation => State.Order is { Status: OrderStatus.PendingPayment, PaymentMethod: PaymentMethod.PayOnDelivery };

    /// <summary>On the retry timer and on activation: an unconfirmed pay-on-delivery order first, then what is still due.</summary>
    private async Task RetryAsync()
    {
        if (AwaitsConfirmation)
        {
            try
            {
                await ConfirmOnDeliveryAsync();
            }
            catch (Exception exception) when (exception is not DomainException)
            {
                LogConfirmationFailed(exception, OrderId);
            }
        }

        await RunEffectsAsync();
    }

    private void ScheduleRetry()
    {
        if (State.Due == OrderEffects.None && !AwaitsConfirmation)
        {
            _retry?.Dispose();
            _retry = null;
            return;
        }

        // KeepAlive: an order with something left to tell stays active until it has told it.
        _retry ??= this.RegisterGrainTimer(
            _ => RetryAsync(),
            new GrainTimerCreationOptions(_options.EffectRetryInterval, _options.EffectRetryInterval) { KeepAlive = true });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: confirming it for payment on delivery failed; it is tried again")]
    private partial void LogConfirmationFailed(Exception exception, string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: {Effect} failed; it is tried again")]
    private partial void LogEffectFailed(Exception exception, string orderId, OrderEffects effect);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: {Effect} was refused ({Code}); it is not tried again")]
    private partial void LogEffectRefused(string orderId, OrderEffects effect, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: its items were sold by a payment not yet recorded here, so they are not released")]
    private partial void LogReleaseOfSold(string orderId);
}
