using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFair.Silo.Sales;

/// <summary>
/// The single source of truth for one product's listing, stock and reservations. Calls are handled one at a
/// time and each reservation is persisted before it is acknowledged, so stock cannot be oversold however many
/// buyers press at once. Who may change the listing is asked of the workshop on every call. Calls go only
/// from here to the organisation grain, never back.
/// </summary>
public sealed partial class ProductGrain(
    [PersistentState("product", LiveFairStorage.Name)] IPersistentState<ProductState> state,
    IOptions<ProductOptions> options,
    ProductCatalog catalog,
    TimeProvider time,
    ILogger<ProductGrain> logger) : Grain, IProductGrain
{
    private readonly ProductOptions _options = options.Value;
    private IGrainTimer? _sweep;

    // Counts as of the last persisted change. GetStock interleaves with commands waiting on a write, so it
    // reads these, never the state a command is in the middle of changing.
    private int _total;
    private int _reserved;
    private int _sold;

    private string ProductId => this.GetPrimaryKeyString();

    private ProductState State => state.State;

    private bool Exists => State.WorkshopId is not null;

    private int Available => _total - _reserved - _sold;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return;
        }

        Recount();

        // The catalog may have missed the last change if the process stopped right after persisting.
        await ProjectAsync();

        // Reservations that ran out while no silo held this product go back to stock before anyone asks.
        await SweepAsync(cancellationToken);
        if (_reserved > 0)
        {
            StartSweep();
        }
    }

    public async Task<ProductView> Create(string actorId, string workshopId, ProductListing listing)
    {
        if (Exists)
        {
            throw ProductErrors.Exists(ProductId);
        }

        if (!ProductIds.IsValid(ProductId))
        {
            DeactivateOnIdle();
            throw ProductErrors.InvalidId();
        }

        ArgumentException.ThrowIfNullOrEmpty(workshopId);
        var workshop = await GrainFactory.GetGrain<IOrganisationGrain>(workshopId).GetView();
        if (workshop.Profile.Kind != OrganisationKind.Workshop)
        {
            throw ProductErrors.NotWorkshop();
        }

        await RequireManagerAsync(workshopId, actorId);
        var validated = ProductRules.Validate(listing);
        await RequireMakersAsync(workshopId, validated.MakerIds);
        var now = time.GetUtcNow();
        await PersistAsync(s =>
        {
            s.WorkshopId = workshopId;
            s.Listing = validated;
            s.CreatedAt = now;
        });
        LogCreated(ProductId, workshopId, actorId);
        await ProjectAsync();
        return View();
    }

    public async Task<ProductView> Update(string actorId, ProductListing listing)
    {
        EnsureExists();
        await RequireManagerAsync(State.WorkshopId!, actorId);
        var validated = ProductRules.Validate(listing);
        if (validated.Stock < _reserved + _sold)
        {
            throw ProductErrors.StockBelowCommitted(_reserved + _sold);
        }

        await RequireMakersAsync(State.WorkshopId!, validated.MakerIds);
        await PersistAsync(s => s.Listing = validated);
        await ListingChangedAsync();
        return View();
    }

    public async Task<ProductView> SetTerms(string actorId, SaleTerms terms)
    {
        EnsureExists();
        await RequireManagerAsync(State.WorkshopId!, actorId);
        var validated = ProductRules.Terms(terms);
        await PersistAsync(s => s.Terms = validated);
        await ListingChangedAsync();
        return View();
    }

    public Task<ProductView> GetView()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public Task<StockLevel> GetStock()
    {
        EnsureExists();
        return Task.FromResult(Stock());
    }

    public async Task<Reservation> Reserve(string buyerId, int quantity, string orderId)
    {
        EnsureExists();
        buyerId = ProductRules.Key(buyerId, "Buyer id", "product.invalid_buyer");
        orderId = ProductRules.Key(orderId, "Order id", "product.invalid_order");
        if (quantity is < 1 or > ProductLimits.MaxQuantity)
        {
            throw ProductErrors.Invalid("product.invalid_quantity", $"The quantity must be between 1 and {ProductLimits.MaxQuantity}.");
        }

        await SweepAsync(CancellationToken.None);
        if (State.Reservations.TryGetValue(orderId, out var existing))
        {
            // A retried checkout gets the reservation it already has, never a second one.
            return existing.BuyerId == buyerId && existing.Quantity == quantity ? existing : throw ProductErrors.OrderMismatch();
        }

        var now = time.GetUtcNow();
        if (State.Terms.StartsAt is { } start && now < start)
        {
            throw ProductErrors.SaleNotStarted();
        }

        if (State.Terms.EndsAt is { } end && now >= end)
        {
            throw ProductErrors.SaleEnded();
        }

        if (State.Terms.PerBuyerLimit is { } limit && Held(buyerId) + quantity > limit)
        {
            throw ProductErrors.BuyerLimit(limit);
        }

        if (quantity > Available)
        {
            throw ProductErrors.SoldOut(Available);
        }

        var reservation = new Reservation
        {
            OrderId = orderId,
            ProductId = ProductId,
            BuyerId = buyerId,
            Quantity = quantity,
            PriceFen = State.Listing!.PriceFen,
            Split = State.Listing.Split,
            MakerIds = State.Listing.MakerIds,
            ReservedAt = now,
            ExpiresAt = now + _options.ReservationTime,
            Status = ReservationStatus.Reserved,
            WorkshopId = State.WorkshopId!,
            ProductTitle = State.Listing.Title,
        };
        await PersistAsync(s => s.Reservations[orderId] = reservation);
        StartSweep();
        return reservation;
    }

    public async Task<Reservation> Confirm(string orderId)
    {
        EnsureExists();
        var reservation = await FindAsync(orderId);
        switch (reservation.Status)
        {
            case ReservationStatus.Sold:
                return reservation;
            case ReservationStatus.Returned:
                // The order was cancelled after it sold; its items went back to stock and belong to nobody now.
                throw ProductErrors.NotSold();
            case ReservationStatus.Released or ReservationStatus.Expired when reservation.Quantity > Available:
                // The buyer paid too late and the items went to someone else: the order refunds.
                throw ProductErrors.SoldOut(Available);
        }

        return await CloseAsync(reservation, ReservationStatus.Sold);
    }

    public async Task<Reservation> Release(string orderId)
    {
        EnsureExists();
        var reservation = await FindAsync(orderId);
        return reservation.Status switch
        {
            ReservationStatus.Reserved => await CloseAsync(reservation, ReservationStatus.Released),
            ReservationStatus.Sold => throw ProductErrors.AlreadySold(),
            _ => reservation,
        };
    }

    public async Task<Reservation> Restock(string orderId)
    {
        EnsureExists();
        var reservation = await FindAsync(orderId);
        return reservation.Status switch
        {
            ReservationStatus.Sold => await CloseAsync(reservation, ReservationStatus.Returned),
            ReservationStatus.Returned => reservation,
            _ => throw ProductErrors.NotSold(),
        };
    }

    public async Task<Reservation> GetReservation(string orderId)
    {
        EnsureExists();
        return await FindAsync(orderId);
    }

    private async Task<Reservation> FindAsync(string orderId)
    {
        orderId = ProductRules.Key(orderId, "Order id", "product.invalid_order");
        await SweepAsync(CancellationToken.None);
        return State.Reservations.TryGetValue(orderId, out var reservation) ? reservation : throw ProductErrors.ReservationNotFound();
    }

    private async Task<Reservation> CloseAsync(Reservation reservation, ReservationStatus status)
    {
        var closed = reservation with { Status = status, ClosedAt = time.GetUtcNow() };
        await PersistAsync(s =>
        {
            s.Reservations[closed.OrderId] = closed;
            Trim(s);
        });
        LogClosed(ProductId, closed.OrderId, status);
        return closed;
    }

    /// <summary>Items the buyer holds now: reserved and not expired, or bought.</summary>
    private int Held(string buyerId) =>
        State.Reservations.Values
            .Where(r => r.BuyerId == buyerId && r.Status is ReservationStatus.Reserved or ReservationStatus.Sold)
            .Sum(r => r.Quantity);

    private async Task RequireManagerAsync(string workshopId, string? actorId)
    {
        if (string.IsNullOrEmpty(actorId))
        {
            throw ProductErrors.Forbidden();
        }

        var roles = await GrainFactory.GetGrain<IOrganisationGrain>(workshopId).GetRoles(actorId);
        if (!roles.Contains(OrganisationRole.Admin) && !roles.Contains(OrganisationRole.Streamer))
        {
            throw ProductErrors.Forbidden();
        }
    }

    private async Task RequireMakersAsync(string workshopId, IReadOnlyList<string> makerIds)
    {
        if (makerIds.Count > 0 && !await GrainFactory.GetGrain<IWorkshopGrain>(workshopId).AreCurrentMakers(makerIds))
        {
            throw ProductErrors.UnknownMaker();
        }
    }

    /// <summary>Applies a change and persists it; if the write fails, the change is undone and the error passed on.</summary>
    private async Task PersistAsync(Action<ProductState> change)
    {
        var before = State.Copy();
        change(State);
        State.Version++;
        try
        {
            await state.WriteStateAsync();
            SchedulePush();
        }
        catch (Exception exception)
        {
            // Nothing was acknowledged, so nothing may appear to have changed.
            state.State = before;
            LogPersistFailed(exception, ProductId);
            throw;
        }
        finally
        {
            Recount();
        }
    }

    private void Recount()
    {
        _total = State.Listing?.Stock ?? 0;
        _reserved = 0;
        _sold = 0;
        foreach (var reservation in State.Reservations.Values)
        {
            switch (reservation.Status)
            {
                case ReservationStatus.Reserved:
                    _reserved += reservation.Quantity;
                    break;
                case ReservationStatus.Sold:
                    _sold += reservation.Quantity;
                    break;
            }
        }
    }

    private StockLevel Stock() => new() { Total = _total, Available = Available, Reserved = _reserved, Sold = _sold };

    private ProductView View() => new()
    {
        ProductId = ProductId,
        WorkshopId = State.WorkshopId!,
        Listing = State.Listing!,
        Terms = State.Terms,
        Stock = Stock(),
        CreatedAt = State.CreatedAt,
        Version = State.Version,
        Photos = [.. State.Photos],
        PinnedRoomId = State.PinnedRoomId,
    };

    private void EnsureExists()
    {
        if (!Exists)
        {
            // Nothing to keep in memory for an id nobody created.
            DeactivateOnIdle();
            throw ProductErrors.NotFound(ProductId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product {ProductId} created for workshop {WorkshopId} by {ActorId}")]
    private partial void LogCreated(string productId, string workshopId, string actorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Product {ProductId}: order {OrderId} is now {Status}")]
    private partial void LogClosed(string productId, string orderId, ReservationStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Product {ProductId} could not persist its state; the command was rejected")]
    private partial void LogPersistFailed(Exception exception, string productId);
}
