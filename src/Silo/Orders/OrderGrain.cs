using LiveFair.Contracts.Common;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFair.Silo.Orders;

/// <summary>
/// The single source of truth for one order: its lifecycle, its payment and what it has told others. The product
/// holds the stock; this grain only reserves, confirms, releases and restocks through it, so stock is never
/// oversold however many orders press at once.
/// <para>
/// Every change is persisted first; what others must hear about it (the product, the sale ledger, the room's ticker
/// and totals, the order index) is recorded as due in the same write and done afterwards, each idempotently, and
/// whatever could not be done is tried again on a timer and on the next activation. So a crash loses no effect and
/// a repeat doubles none.
/// </para>
/// <para>
/// Payment callbacks may come late, twice or in any order. A payment that arrives after the checkout expired or its
/// payment failed is honoured when the items can still be had: the product's Confirm takes them back from stock if
/// enough are left, and the order is Paid as if on time. When they are gone (Confirm answers <c>product.sold_out</c>),
/// or when the buyer or the workshop had cancelled the order, the payment is kept as due for refund
/// (<see cref="OrderView.RefundDue"/>) and the caller gives it back. Once paid, a later failure or expiry changes nothing.
/// </para>
/// Logs carry ids only, never names or addresses.
/// </summary>
public sealed partial class OrderGrain(
    [PersistentState("order", LiveFairStorage.Name)] IPersistentState<OrderState> state,
    IOptions<OrderOptions> options,
    OrderIndex index,
    SaleLedger ledger,
    TimeProvider time,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain
{
    private readonly OrderOptions _options = options.Value;
    private IGrainTimer? _retry;

    private enum Party
    {
        Buyer,
        Workshop,
    }

    private string OrderId => this.GetPrimaryKeyString();

    private OrderState State => state.State;

    private IProductGrain Product => GrainFactory.GetGrain<IProductGrain>(State.Order!.ProductId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Order is not null)
        {
            // A confirmation or effects left undone when the last activation ended are finished before anyone asks.
            await RetryAsync();
        }
    }

    public async Task<OrderView> Place(string buyerId, OrderRequest request, PaymentMethod method)
    {
        if (State.Order is { } existing)
        {
            if (existing.BuyerId is null || existing.BuyerId != buyerId?.Trim())
            {
                throw OrderErrors.NotFound();
            }

            if (existing is { Status: OrderStatus.PendingPayment, PaymentMethod: PaymentMethod.PayOnDelivery })
            {
                // The first attempt reserved and stored the order but could not confirm it; a retry finishes it.
                await ConfirmOnDeliveryAsync();
                await RunEffectsAsync();
            }

            return State.Order!;
        }

        try
        {
            await PlaceNewAsync(buyerId, request, method);
        }
        catch when (State.Order is null)
        {
            // Nothing was stored; an id that holds no order keeps nothing in memory.
            DeactivateOnIdle();
            throw;
        }

        if (method == PaymentMethod.PayOnDelivery)
        {
            try
            {
                await ConfirmOnDeliveryAsync();
            }
            catch (Exception exception) when (exception is not DomainException)
            {
                // The order is stored with its items reserved; the retry timer confirms it even if the buyer never
                // presses again (a press again with the same id confirms it at once).
                ScheduleRetry();
                throw;
            }
        }

        await RunEffectsAsync();
        return State.Order!;
    }

    public async Task<OrderView> GetFor(string actorId)
    {
        await AccessAsync(actorId);
        return State.Order!;
    }

    public Task<OrderView> GetView() => Task.FromResult(Existing());

    public async Task<OrderView> AttachCheckout(CheckoutSession session)
    {
        var order = Existing();
        var checkout = OrderRules.Checkout(session);
        if (order.Checkout is { } attached)
        {
            return attached.SessionId == checkout.SessionId ? order : throw OrderErrors.CheckoutMismatch();
        }

        if (order is not { Status: OrderStatus.PendingPayment, PaymentMethod: PaymentMethod.Stripe })
        {
            throw OrderErrors.NotPending();
        }

        await ApplyAsync(Moved(order, order.Status, OrderNotes.CheckoutCreated) with { Checkout = checkout });
        await RunEffectsAsync();
        return State.Order!;
    }

    private async Task PlaceNewAsync(string buyerId, OrderRequest request, PaymentMethod method)
    {
        if (!OrderIds.IsValid(OrderId))
        {
            throw OrderErrors.InvalidId();
        }

        var buyer = OrderRules.BuyerId(buyerId);
        var validated = OrderRules.Validate(request);
        method = OrderRules.Method(method);
        var product = GrainFactory.GetGrain<IProductGrain>(validated.ProductId);

        // In a flash sale most presses come after the stock is gone. CanReserve interleaves with the reservations queued
        // on the product, so those presses are refused at once instead of waiting their turn to be refused there.
        if (!await product.CanReserve(OrderId, validated.Quantity))
        {
            throw Sales.ProductErrors.SoldOut(0);
        }

        // Idempotent per order id: a retried checkout whose first attempt reserved but failed to store gets the same items.
        var reservation = await product.Reserve(buyer, validated.Quantity, OrderId);
        if (reservation.Status is not (ReservationStatus.Reserved or ReservationStatus.Sold))
        {
            throw OrderErrors.CheckoutLapsed();
        }

        if (validated.RoomId is { } roomId)
        {
            try
            {
                await RequireSellingRoomAsync(roomId, reservation.WorkshopId);
            }
            catch (DomainException)
            {
                // Checked after reserving, from the reservation's workshop, so a sale needs one call to the product;
                // a refused room gives the items straight back.
                await product.Release(OrderId);
                throw;
            }
        }

        var now = time.GetUtcNow();
        var order = new OrderView
        {
            OrderId = OrderId,
            BuyerId = buyer,
            ProductId = validated.ProductId,
            WorkshopId = reservation.WorkshopId,
            RoomId = validated.RoomId,
            ProductTitle = reservation.ProductTitle,
            Quantity = reservation.Quantity,

            // As reserved, not as listed now: what the buyer was shown is what the ledger records.
            PriceFen = reservation.PriceFen,
            Split = reservation.Split,
            MakerIds = [.. reservation.MakerIds],
            Shipping = validated.Shipping,
            TickerNickname = validated.TickerNickname,
            PaymentMethod = method,
            Status = OrderStatus.PendingPayment,
            PlacedAt = now,
            ReservedUntil = reservation.ExpiresAt,
            History = [new OrderStatusChange(OrderStatus.PendingPayment, now)],
        };
        await ApplyAsync(order);
        LogPlaced(OrderId, order.ProductId, order.Quantity, method);
    }

    private async Task RequireSellingRoomAsync(string roomId, string workshopId)
    {
        RoomSnapshot room;
        try
        {
            room = await GrainFactory.GetGrain<IRoomGrain>(roomId).GetSnapshot();
        }
        catch (DomainException exception) when (exception.Kind == ErrorKind.NotFound)
        {
            throw OrderErrors.RoomNotSelling();
        }

        // Otherwise any room's ticker could be made to announce any workshop's sale.
        if (room.Details.Kind != RoomKind.CharitySale || room.Details.HostOrganisationId != workshopId || room.Status == RoomStatus.Ended)
        {
            throw OrderErrors.RoomNotSelling();
        }
    }

    /// <summary>The buyer or the workshop's admins and streamers; NotFound for anyone else, as if there were no order.</summary>
    private async Task<Party> AccessAsync(string? actorId)
    {
        var order = Existing();
        if (string.IsNullOrEmpty(actorId))
        {
            throw OrderErrors.NotFound();
        }

        // The workshop first: a manager who bought from their own workshop keeps the workshop's rights.
        var roles = await GrainFactory.GetGrain<IOrganisationGrain>(order.WorkshopId).GetRoles(actorId);
        if (roles.Contains(OrganisationRole.Admin) || roles.Contains(OrganisationRole.Streamer))
        {
            return Party.Workshop;
        }

        return order.BuyerId == actorId ? Party.Buyer : throw OrderErrors.NotFound();
    }

    private async Task RequireWorkshopAsync(string? actorId)
    {
        if (await AccessAsync(actorId) != Party.Workshop)
        {
            throw OrderErrors.Forbidden();
        }
    }

    private OrderView Existing()
    {
        if (State.Order is null)
        {
            // Nothing to keep in memory for an id nobody placed.
            DeactivateOnIdle();
            throw OrderErrors.NotFound();
        }

        return State.Order;
    }

    /// <summary><paramref name="order"/> in <paramref name="status"/>, with the change appended to its history.</summary>
    private OrderView Moved(OrderView order, OrderStatus status, string? note = null) =>
        order with { Status = status, History = [.. order.History, new OrderStatusChange(status, time.GetUtcNow(), note)] };

    /// <summary>
    /// Stores <paramref name="next"/> one version up, with <paramref name="effects"/> (and the index) due and
    /// <paramref name="cancelled"/> no longer due, in one write; if the write fails nothing changes.
    /// </summary>
    private async Task ApplyAsync(
        OrderView next, OrderEffects effects = OrderEffects.None, OrderEffects cancelled = OrderEffects.None, OrderCancellation? cancellation = null)
    {
        try
        {
            await state.WriteOrRestoreAsync(s =>
            {
                s.Order = next with { Version = (s.Order?.Version ?? 0) + 1 };
                s.Due = Combine(s.Due & ~cancelled, effects | OrderEffects.Index);
                s.Cancellation = cancellation ?? s.Cancellation;
            });
        }
        catch (Exception exception)
        {
            LogPersistFailed(exception, OrderId);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} placed for product {ProductId} ({Quantity} items, {Method})")]
    private partial void LogPlaced(string orderId, string productId, int quantity, PaymentMethod method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is now {Status}")]
    private partial void LogStatus(string orderId, OrderStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string orderId);
}
