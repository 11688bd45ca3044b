using LiveFair.Contracts.Orders;

namespace LiveFair.Silo.Orders;

/// <summary>What the workshop and the buyer do with an order after placing it, and erasing the buyer.</summary>
public sealed partial class OrderGrain
{
    public async Task<OrderView> Advance(string actorId, OrderStatus status, ShipmentInput? shipment)
    {
        await RequireWorkshopAsync(actorId);
        var order = State.Order!;
        if (status == order.Status && status is OrderStatus.Packed or OrderStatus.Shipped or OrderStatus.Delivered)
        {
            // A repeated click or request moves nothing further.
            return order;
        }

        var next = (order.Status, status) switch
        {
            (OrderStatus.Paid, OrderStatus.Packed) => Moved(order, OrderStatus.Packed),
            (OrderStatus.Packed, OrderStatus.Shipped) => Moved(order, OrderStatus.Shipped) with { Shipment = OrderRules.Shipment(shipment) },
            (OrderStatus.Shipped, OrderStatus.Delivered) => Moved(order, OrderStatus.Delivered),
            _ => throw OrderErrors.InvalidTransition(order.Status, status),
        };
        await ApplyAsync(next);
        LogAdvanced(OrderId, status, actorId);
        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> Cancel(string actorId, string reason)
    {
        var party = await AccessAsync(actorId);
        var note = OrderRules.Reason(reason);
        var order = State.Order!;
        if (order.Status == OrderStatus.Cancelled)
        {
            return order;
        }

        var allowed = (order.Status, party) switch
        {
            (OrderStatus.PendingPayment, _) => true,
            (OrderStatus.Paid, Party.Buyer) => order.PaymentMethod == PaymentMethod.PayOnDelivery,
            (OrderStatus.Paid or OrderStatus.Packed, Party.Workshop) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw OrderErrors.CannotCancel();
        }

        var cancelled = Moved(order, OrderStatus.Cancelled, note);
        if (order.Status == OrderStatus.PendingPayment)
        {
            await ApplyAsync(cancelled, OrderEffects.ReleaseItems, cancellation: OrderCancellation.Decided);
        }
        else if (order.PaymentMethod == PaymentMethod.PayOnDelivery)
        {
            // Nothing was paid yet: the sale is undone at once.
            await ApplyAsync(
                cancelled, OrderEffects.RestockItems | OrderEffects.LedgerReversal | RoomRetraction(order), cancellation: OrderCancellation.Decided);
        }
        else
        {
            // The card payment is given back first; the ledger and the room hear of it when the refund is made.
            await ApplyAsync(cancelled with { RefundDue = true }, OrderEffects.RestockItems, cancellation: OrderCancellation.Decided);
            LogRefundDue(OrderId);
        }

        LogCancelled(OrderId, actorId);
        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> Refund(string actorId, string reason)
    {
        await RequireWorkshopAsync(actorId);
        var note = OrderRules.Reason(reason);
        var order = State.Order!;
        if (order.RefundDue || order.Status == OrderStatus.Refunded)
        {
            return order;
        }

        if (order.Status is not (OrderStatus.Shipped or OrderStatus.Delivered))
        {
            throw OrderErrors.CannotRefund();
        }

        // The items are with the buyer or lost on the way, so nothing goes back to stock.
        if (order.PaymentMethod == PaymentMethod.PayOnDelivery)
        {
            await ApplyAsync(Moved(order, OrderStatus.Refunded, note), OrderEffects.LedgerReversal | RoomRetraction(order));
            LogStatus(OrderId, OrderStatus.Refunded);
        }
        else
        {
            await ApplyAsync(Moved(order, order.Status, note ?? OrderNotes.RefundDue) with { RefundDue = true });
            LogRefundDue(OrderId);
        }

        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task Anonymise()
    {
        if (State.Order is not { } order)
        {
            DeactivateOnIdle();
            return;
        }

        if (order.BuyerErased)
        {
            return;
        }

        // Finish what is due while the city is still known; an announcement that still cannot be made is dropped,
        // since after erasure there is nothing left to announce it with.
        await RunEffectsAsync();
        var erased = Moved(order, order.Status, OrderNotes.BuyerErased) with
        {
            BuyerId = null,
            Shipping = null,
            TickerNickname = null,
            BuyerErased = true,
        };

        // Reasons are typed by people and may say something about the buyer; the order's own codes stay.
        erased = erased with { History = [.. erased.History.Select(c => OrderNotes.IsCode(c.Note) ? c : c with { Note = null })] };
        if ((State.Due & OrderEffects.RoomSale) != 0)
        {
            LogAnnouncementDropped(OrderId);
        }

        var forget = order is { RoomId: not null, TickerNickname: not null } ? OrderEffects.RoomForget : OrderEffects.None;
        await ApplyAsync(erased, forget, cancelled: OrderEffects.RoomSale);
        LogErased(OrderId);
        await RunEffectsAsync();
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Order {OrderId} is now {Status} ({ActorId})")]
    private partial void LogAdvanced(string orderId, OrderStatus status, string actorId);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Order {OrderId} cancelled by {ActorId}")]
    private partial void LogCancelled(string orderId, string actorId);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Order {OrderId}: the buyer's details were erased")]
    private partial void LogErased(string orderId);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Order {OrderId}: the room was never told of the sale and now cannot be, as the buyer was erased")]
    private partial void LogAnnouncementDropped(string orderId);
}
