using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Sales;

/// <summary>
/// The pinned card and everything that follows the product's changes: the catalog row and the card's live stock.
/// Stock changes are gathered for <see cref="ProductOptions.StockPushDelay"/> and then told once, with the newest
/// counts, so a flash sale of hundreds of reservations a second costs the room a few events a second.
/// </summary>
public sealed partial class ProductGrain
{
    private IGrainTimer? _push;

    public async Task<ProductView> PinTo(string actorId, string roomId)
    {
        EnsureExists();
        await RequireRoomStaffAsync(actorId);
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        var room = GrainFactory.GetGrain<IRoomGrain>(roomId);
        RoomSnapshot snapshot;
        try
        {
            snapshot = await room.GetSnapshot();
        }
        catch (Contracts.Common.DomainException exception) when (exception.Kind == Contracts.Common.ErrorKind.NotFound)
        {
            throw ProductErrors.PinRoom();
        }

        if (snapshot.Details.Kind != RoomKind.CharitySale
            || snapshot.Details.HostOrganisationId != State.WorkshopId
            || snapshot.Status == RoomStatus.Ended)
        {
            throw ProductErrors.PinRoom();
        }

        var previousRoom = State.PinnedRoomId;
        await room.SetPin(await PinAsync());
        if (previousRoom != roomId)
        {
            await PersistAsync(s => s.PinnedRoomId = roomId);
            if (previousRoom is not null)
            {
                await ClearPinInAsync(previousRoom);
            }
        }

        return View();
    }

    public async Task<ProductView> Unpin(string actorId)
    {
        EnsureExists();
        await RequireRoomStaffAsync(actorId);
        if (State.PinnedRoomId is { } roomId)
        {
            await ClearPinInAsync(roomId);
            await PersistAsync(s => s.PinnedRoomId = null);
        }

        return View();
    }

    /// <summary>After the listing, terms or photos changed: the catalog at once, and the pinned card redrawn with the new text.</summary>
    private async Task ListingChangedAsync()
    {
        await ProjectAsync();
        if (State.PinnedRoomId is { } roomId && await ShowsThisAsync(roomId))
        {
            try
            {
                await GrainFactory.GetGrain<IRoomGrain>(roomId).SetPin(await PinAsync());
            }
            catch (Contracts.Common.DomainException exception)
            {
                // The room ended meanwhile: the change itself is stored; there is just no card left to redraw.
                LogPinRefreshFailed(exception, ProductId, roomId);
            }
        }
    }

    private async Task<RoomPin> PinAsync()
    {
        var workshop = await GrainFactory.GetGrain<IOrganisationGrain>(State.WorkshopId!).GetView();
        var makers = State.Listing!.MakerIds.Count == 0
            ? []
            : await GrainFactory.GetGrain<IWorkshopGrain>(State.WorkshopId!).GetPublicMakers();
        var named = makers.Where(m => State.Listing.MakerIds.Contains(m.MakerId) && m.DisplayName is not null).ToList();
        return new RoomPin
        {
            Kind = RoomPinKind.Product,
            PinnedAt = time.GetUtcNow(),
            Product = new PinnedProduct
            {
                ProductId = ProductId,
                WorkshopId = State.WorkshopId!,
                WorkshopName = workshop.Profile.Name,
                Title = State.Listing.Title,
                PriceFen = State.Listing.PriceFen,
                Split = State.Listing.Split,
                Terms = State.Terms,
                Stock = Stock(),
                Photo = State.Photos.FirstOrDefault(),
                MakerNames = [.. named.Select(m => m.DisplayName!)],
                AnonymousMakers = State.Listing.MakerIds.Count - named.Count,
                Category = State.Listing.Category,
            },
        };
    }

    private async Task<bool> ShowsThisAsync(string roomId)
    {
        try
        {
            var snapshot = await GrainFactory.GetGrain<IRoomGrain>(roomId).GetSnapshot();
            return snapshot.Pin?.Product?.ProductId == ProductId && snapshot.Status != RoomStatus.Ended;
        }
        catch (Contracts.Common.DomainException)
        {
            return false;
        }
    }

    /// <summary>Clears the room's pin only while it still shows this product; someone may have pinned something else since.</summary>
    private async Task ClearPinInAsync(string roomId)
    {
        if (await ShowsThisAsync(roomId))
        {
            await GrainFactory.GetGrain<IRoomGrain>(roomId).SetPin(null);
        }
    }

    /// <summary>Called after every persisted change; the first change starts the gathering period, later ones join it.</summary>
    private void SchedulePush() =>
        _push ??= this.RegisterGrainTimer(
            PushAsync,
            new GrainTimerCreationOptions(_options.StockPushDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        _push?.Dispose();
        _push = null;
        await ProjectAsync();
        if (State.PinnedRoomId is not { } roomId)
        {
            return;
        }

        try
        {
            var published = await GrainFactory.GetGrain<IRoomGrain>(roomId).PublishStock(new ProductStock(ProductId, Stock()));
            if (published is null)
            {
                // The room shows something else now; stop telling it.
                await PersistAsync(s => s.PinnedRoomId = null);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The card shows slightly old stock until the next change; the reservation itself is safe.
            LogPushFailed(exception, ProductId, roomId);
        }
    }

    /// <summary>The catalog row is a copy for lists; a failed write is caught up by the next change or activation.</summary>
    private async Task ProjectAsync()
    {
        try
        {
            // The stored version: the state in memory may hold changes still being written, whose version a failed
            // write would take back, and the catalog never accepts a version lower than one it has.
            await catalog.UpsertAsync(View() with { Version = _committed.Version });
        }
        catch (Exception exception) when (exception is not Contracts.Common.DomainException)
        {
            LogProjectionFailed(exception, ProductId);
        }
    }

    private async Task RequireRoomStaffAsync(string? actorId)
    {
        if (string.IsNullOrEmpty(actorId))
        {
            throw ProductErrors.PinForbidden();
        }

        var roles = await GrainFactory.GetGrain<IOrganisationGrain>(State.WorkshopId!).GetRoles(actorId);
        if (!roles.Any(r => r is OrganisationRole.Admin or OrganisationRole.Streamer or OrganisationRole.Helper))
        {
            throw ProductErrors.PinForbidden();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product {ProductId} could not tell room {RoomId} its stock; the next change tells it again")]
    private partial void LogPushFailed(Exception exception, string productId, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product {ProductId} could not redraw its card in room {RoomId}")]
    private partial void LogPinRefreshFailed(Exception exception, string productId, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product {ProductId} could not update the product catalog")]
    private partial void LogProjectionFailed(Exception exception, string productId);
}
