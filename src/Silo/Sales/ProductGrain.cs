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

    // Counts of the state in memory, which decisions are made on (it includes changes whose write is still under
    // way, so no two reservations can take the same item), and of the state as last persisted, which is what is shown.
    private StockLevel _live = StockLevel.Empty;
    private StockLevel _persisted = StockLevel.Empty;

    private string ProductId => this.GetPrimaryKeyString();

    private ProductState State => state.State;

    private bool Exists => State.WorkshopId is not null;

    private int Available => _live.Available;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return;
        }

        _live = _persisted = State.Count();
        _committed = State.Copy();

        // The catalog may have missed the last change if the process stopped right after persisting.
        await ProjectAsync();

        // Reservations that ran out while no silo held this product go back to stock before anyone asks.
        await SweepAsync(cancellationToken);
        if (_live.Reserved > 0)
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
        await RequireMakersAsync(State.WorkshopId!, validated.MakerIds);

        // After the last await: reservations interleave, so the check and the change must be one step.
        var committed = _live.Reserved + _live.Sold;
        if (validated.Stock < committed)
        {
            throw ProductErrors.StockBelowCommitted(committed);
        }

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

    public Task<bool> CanReserve(string orderId, int quantity)
    {
        EnsureExists();

        // Interleaved with commands: State.Reservations may hold a change still being written, which at worst sends
        // a press on to Reserve, where it is decided properly; the counts are those last persisted.
        return Task.FromResult((orderId is not null && State.Reservations.ContainsKey(orderId)) || quantity <= Available);
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
            if (existing.BuyerId != buyerId || existing.Quantity != quantity)
            {
                throw ProductErrors.OrderMismatch();
            }

            await StoredAsync();
            return State.Reservations[orderId];
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
                await StoredAsync();
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
            _ => await StoredAnswerAsync(reservation),
        };
    }

    public async Task<Reservation> Restock(string orderId)
    {
        EnsureExists();
        var reservation = await FindAsync(orderId);
        return reservation.Status switch
        {
            ReservationStatus.Sold => await CloseAsync(reservation, ReservationStatus.Returned),
            ReservationStatus.Returned => await StoredAnswerAsync(reservation),
            _ => throw ProductErrors.NotSold(),
        };
    }

    public async Task<Reservation> GetReservation(string orderId)
    {
        EnsureExists();
        return await StoredAnswerAsync(await FindAsync(orderId));
    }

    private async Task<Reservation> StoredAnswerAsync(Reservation reservation)
    {
        await StoredAsync();
        return reservation;
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

    /// <summary>The stock as last persisted: what GetStock, the catalog and the pinned card show.</summary>
    private StockLevel Stock() => _persisted;

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
